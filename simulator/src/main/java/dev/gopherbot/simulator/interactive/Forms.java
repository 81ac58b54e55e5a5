package dev.gopherbot.simulator.interactive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.testkit.slack.SlackBot;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The parts every interactive request shares: form encoding, and the team and user objects of a payload. */
final class Forms {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TEAM_DOMAIN = "gophers";
    static final String LEGACY_TOKEN = "legacy-verification-token";

    private Forms() {
    }

    static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    /** {@code payload=<JSON>}, as Slack posts interactions. */
    static String payload(ObjectNode payload) {
        return encode(Map.of("payload", payload.toString()));
    }

    /** The start of every interaction payload: its type, the team, the person, the app. */
    static ObjectNode base(String type, Workspace.User person, SlackBot bot) {
        ObjectNode p = JSON.createObjectNode().put("type", type);
        p.putObject("team").put("id", SlackPayloads.TEAM_ID).put("domain", TEAM_DOMAIN);
        p.putObject("user").put("id", person.id()).put("username", person.name()).put("name", person.name())
                .put("team_id", SlackPayloads.TEAM_ID);
        p.put("api_app_id", bot.appId()).put("token", LEGACY_TOKEN).putNull("enterprise")
                .put("is_enterprise_install", false);
        return p;
    }
}
