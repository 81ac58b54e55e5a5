package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slash command and interactivity request bodies shaped like Slack's (form-encoded; interactivity carries its JSON
 * in a {@code payload} field), for tests and the simulator. Post them with {@link GatewayClient#postForm}.
 */
public final class InteractivePayloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private InteractivePayloads() {
    }

    /** A unique trigger id in Slack's shape; use {@link FakeSlack#trigger()} when its expiry matters. */
    public static String newTriggerId() {
        return System.currentTimeMillis() / 1000 + "." + SEQUENCE.incrementAndGet() + "."
                + Long.toHexString(System.nanoTime());
    }

    /** A slash command invocation, e.g. {@code command("/gopher", "define goroutine").user("U0ALICE").form()}. */
    public static Command command(String command, String text) {
        return new Command(command, text);
    }

    /** A slash command's fields; defaults are a user in #general with a made-up trigger and response URL. */
    public static final class Command {
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Command(String command, String text) {
            fields.put("token", "legacy-verification-token");
            fields.put("team_id", SlackPayloads.TEAM_ID);
            fields.put("team_domain", "gophers");
            fields.put("channel_id", "C0GENERAL");
            fields.put("channel_name", "general");
            fields.put("user_id", "U0ALICE");
            fields.put("user_name", "alice");
            fields.put("command", command);
            fields.put("text", text);
            fields.put("api_app_id", SlackPayloads.APP_ID);
            fields.put("is_enterprise_install", "false");
            fields.put("response_url", "https://hooks.slack.com/commands/" + SlackPayloads.TEAM_ID + "/1/x");
            fields.put("trigger_id", newTriggerId());
        }

        public Command user(String userId, String userName) {
            fields.put("user_id", userId);
            fields.put("user_name", userName);
            return this;
        }

        public Command channel(String channelId) {
            fields.put("channel_id", channelId);
            return this;
        }

        public Command responseUrl(String url) {
            fields.put("response_url", url);
            return this;
        }

        public Command trigger(String triggerId) {
            fields.put("trigger_id", triggerId);
            return this;
        }

        /** Sets any field; an empty value removes it (to test a missing field). */
        public Command field(String name, String value) {
            if (value.isEmpty()) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
            return this;
        }

        public String triggerId() {
            return fields.get("trigger_id");
        }

        public String form() {
            return encode(fields);
        }
    }

    /** A click on a button in a message: {@code block_actions} with the message's channel and ts. */
    public static String blockAction(String userId, String actionId, String value, String channel, String messageTs,
                                     String responseUrl, String triggerId) {
        ObjectNode p = base("block_actions", userId, triggerId);
        p.put("response_url", responseUrl);
        p.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", channel)
                .put("is_ephemeral", false);
        p.putObject("channel").put("id", channel);
        p.putObject("message").put("type", "message").put("ts", messageTs).put("user", FakeSlack.BOT_USER_ID);
        p.putArray("actions").addObject().put("type", "button").put("action_id", actionId).put("block_id", "b1")
                .put("value", value).put("action_ts", System.currentTimeMillis() / 1000.0 + "");
        return p.toString();
    }

    /** A modal submitted: {@code values} maps each input's block id (= action id) to what the user typed. */
    public static String viewSubmission(String userId, String callbackId, Map<String, String> values,
                                        String triggerId) {
        ObjectNode p = base("view_submission", userId, triggerId);
        ObjectNode view = view(p, callbackId);
        ObjectNode state = view.putObject("state").putObject("values");
        values.forEach((id, value) -> state.putObject(id).putObject(id).put("type", "plain_text_input")
                .put("value", value));
        p.putArray("response_urls");
        return p.toString();
    }

    /** A modal closed with Cancel or ×: {@code view_closed} has no trigger id. */
    public static String viewClosed(String userId, String callbackId) {
        ObjectNode p = base("view_closed", userId, null);
        view(p, callbackId);
        p.put("is_cleared", false);
        return p.toString();
    }

    /** A global shortcut. */
    public static String shortcut(String userId, String callbackId, String triggerId) {
        ObjectNode p = base("shortcut", userId, triggerId);
        p.put("callback_id", callbackId).put("action_ts", System.currentTimeMillis() / 1000.0 + "");
        return p.toString();
    }

    /** The form body Slack posts for an interaction: {@code payload=<url-encoded JSON>}. */
    public static String form(String payloadJson) {
        return encode(Map.of("payload", payloadJson));
    }

    private static ObjectNode base(String type, String userId, String triggerId) {
        ObjectNode p = JSON.createObjectNode().put("type", type);
        p.putObject("team").put("id", SlackPayloads.TEAM_ID).put("domain", "gophers");
        p.putObject("user").put("id", userId).put("username", userId.toLowerCase()).put("team_id",
                SlackPayloads.TEAM_ID);
        p.put("api_app_id", SlackPayloads.APP_ID).put("token", "legacy-verification-token");
        if (triggerId != null) {
            p.put("trigger_id", triggerId);
        }
        return p;
    }

    private static ObjectNode view(ObjectNode payload, String callbackId) {
        ObjectNode view = payload.putObject("view").put("id", "V0" + SEQUENCE.incrementAndGet()).put("type", "modal")
                .put("callback_id", callbackId).put("private_metadata", "").put("hash", "h" + System.nanoTime());
        view.putObject("title").put("type", "plain_text").put("text", "Form");
        view.putArray("blocks");
        return view;
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }
}
