package dev.gopherbot.simulator.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.simulator.apps.AppLink;
import dev.gopherbot.simulator.apps.AppLinks;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.SlackWebApi;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A slash command typed on the page, as Slack runs it: the signed form goes to the app that owns the command
 * ({@link AppLinks#forCommand}), with a {@code trigger_id} for a modal and a {@code response_url} on the simulator.
 * The app's immediate answer is shown as Slack shows it: only to the person ({@code ephemeral}, the default), or in
 * the channel under the command ({@code in_channel}); nothing for an empty 200. A failure is explained by Slackbot,
 * only to the person.
 */
public final class SlashCommands {
    /** Slackbot, who tells a person what went wrong; the page knows it by this id. */
    public static final String SLACKBOT = "USLACKBOT";
    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    private final SlackWebApi api;
    private final AppLinks apps;
    private final SignedForms forms;
    private final Supplier<String> base;

    /** @param base the simulator's own address, where the response URLs it hands out point */
    public SlashCommands(SlackWebApi api, AppLinks apps, SignedForms forms, Supplier<String> base) {
        this.api = api;
        this.apps = apps;
        this.forms = forms;
        this.base = base;
    }

    /** Runs {@code typed} (e.g. {@code /desk new book a room}) as {@code person} in {@code channel}. */
    public void run(Workspace.User person, Workspace.Channel channel, String typed) {
        Workspace workspace = api.workspace();
        String[] parts = typed.strip().split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT);
        String text = parts.length > 1 ? parts[1] : "";
        Optional<AppLink> owner = apps.forCommand(command);
        if (owner.isEmpty()) {
            workspace.post(channel.id(), SLACKBOT, "`" + command + "` is not a valid command. In Slack, all messages"
                    + " that start with the \"/\" character are interpreted as commands.", null, person.id());
            return;
        }
        AppLink app = owner.get();
        String responseId = "c" + workspace.newId('R').substring(1).toLowerCase(Locale.ROOT);
        api.responseUrls().register(responseId, new ResponseUrls.Target(app.bot().userId(), channel.id(),
                person.id(), null));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", Forms.LEGACY_TOKEN);
        fields.put("team_id", SlackPayloads.TEAM_ID);
        fields.put("team_domain", Forms.TEAM_DOMAIN);
        fields.put("channel_id", channel.id());
        fields.put("channel_name", channel.isIm() ? "directmessage" : channel.name());
        fields.put("user_id", person.id());
        fields.put("user_name", person.name());
        fields.put("command", command);
        // Slack escapes these three in a command's text as in a message's
        fields.put("text", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        fields.put("api_app_id", app.bot().appId());
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", base.get() + "/responses/" + responseId);
        fields.put("trigger_id", api.views().issueTrigger(Instant.now(), person.id()));
        SignedForms.Answer answer = forms.post(app.commandsUrl(), app.signer(), Forms.encode(fields));
        log.info("slash command app={} command={} status={} problem={}", app.name(), command, answer.status(),
                answer.problem());
        if (!answer.ok()) {
            workspace.post(channel.id(), SLACKBOT, "`" + command + "` failed with the error \"" + answer.explained()
                    + "\"", null, person.id());
            return;
        }
        show(answer.body(), app, person, channel, typed, responseId);
    }

    private void show(String body, AppLink app, Workspace.User person, Workspace.Channel channel, String typed,
                      String responseId) {
        if (body == null || body.isBlank()) {
            return;
        }
        Workspace workspace = api.workspace();
        JsonNode json = parse(body);
        String text = json == null ? body : json.path("text").asText("");
        boolean inChannel = json != null && "in_channel".equals(json.path("response_type").asText());
        if (inChannel) {
            // Slack shows the command itself above an answer everyone sees
            workspace.post(channel.id(), person.id(), typed.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;"), null, null);
        }
        Workspace.Message m = workspace.post(channel.id(), app.bot().userId(), text, null,
                inChannel ? null : person.id());
        if (json != null) {
            workspace.update(m, null, json.has("attachments") ? json.get("attachments").toString() : null,
                    json.has("blocks") ? json.get("blocks").toString() : null);
        }
        api.responseUrls().answeredWith(responseId, m.ts);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = Forms.JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null; // a plain-text answer is shown as text
        }
    }
}
