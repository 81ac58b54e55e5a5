package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The Web API's writing side: {@code chat.postMessage}, {@code chat.postEphemeral}, {@code chat.update},
 * {@code chat.delete}, {@code reactions.add}, and the message {@code files.completeUploadExternal} shares files
 * with. Everything is written as the calling bot.
 */
final class ChatMethods {
    private final Workspace workspace;

    ChatMethods(Workspace workspace) {
        this.workspace = workspace;
    }

    ObjectNode postMessage(Map<String, String> p, SlackBot bot) {
        String channel = resolveChannel(p.get("channel"), bot);
        if (channel == null) {
            return SlackWebApi.error("channel_not_found");
        }
        if (SlackWebApi.blank(p.get("text")) && SlackWebApi.blank(p.get("blocks"))
                && SlackWebApi.blank(p.get("attachments"))) {
            return SlackWebApi.error("no_text");
        }
        Workspace.Message m = workspace.post(channel, bot.userId(), p.getOrDefault("text", ""), p.get("thread_ts"),
                null);
        workspace.update(m, null, p.get("attachments"), p.get("blocks"));
        ObjectNode res = SlackWebApi.ok().put("channel", channel).put("ts", m.ts);
        ObjectNode msg = res.putObject("message").put("type", "message").put("text", m.text)
                .put("user", bot.userId()).put("bot_id", bot.botId()).put("app_id", bot.appId()).put("ts", m.ts);
        if (m.threadTs != null) {
            msg.put("thread_ts", m.threadTs);
        }
        return res;
    }

    ObjectNode postEphemeral(Map<String, String> p, SlackBot bot) {
        String channel = resolveChannel(p.get("channel"), bot);
        if (channel == null) {
            return SlackWebApi.error("channel_not_found");
        }
        String user = p.get("user");
        if (user == null || workspace.user(user).isEmpty()) {
            return SlackWebApi.error("user_not_found");
        }
        if (!workspace.members(channel).contains(user)) {
            return SlackWebApi.error("user_not_in_channel");
        }
        Workspace.Message m = workspace.post(channel, bot.userId(), p.getOrDefault("text", ""), p.get("thread_ts"),
                user);
        workspace.update(m, null, p.get("attachments"), p.get("blocks"));
        return SlackWebApi.ok().put("message_ts", m.ts);
    }

    ObjectNode update(Map<String, String> p, SlackBot bot) {
        String channel = resolveChannel(p.get("channel"), bot);
        if (channel == null) {
            return SlackWebApi.error("channel_not_found");
        }
        return workspace.message(channel, p.getOrDefault("ts", "")).filter(m -> m.ephemeralFor == null).map(m -> {
            if (!m.user.equals(bot.userId())) {
                return SlackWebApi.error("cant_update_message");
            }
            workspace.update(m, p.get("text"), p.get("attachments"), p.get("blocks"));
            return SlackWebApi.ok().put("channel", channel).put("ts", m.ts).put("text", m.text);
        }).orElseGet(() -> SlackWebApi.error("message_not_found"));
    }

    ObjectNode delete(Map<String, String> p, SlackBot bot) {
        String channel = resolveChannel(p.get("channel"), bot);
        if (channel == null) {
            return SlackWebApi.error("channel_not_found");
        }
        return workspace.message(channel, p.getOrDefault("ts", "")).filter(m -> m.ephemeralFor == null).map(m -> {
            if (!m.user.equals(bot.userId())) {
                return SlackWebApi.error("cant_delete_message");
            }
            workspace.delete(m);
            return SlackWebApi.ok().put("channel", channel).put("ts", m.ts);
        }).orElseGet(() -> SlackWebApi.error("message_not_found"));
    }

    ObjectNode react(Map<String, String> p, SlackBot bot) {
        String channel = resolveChannel(p.get("channel"), bot);
        if (channel == null) {
            return SlackWebApi.error("channel_not_found");
        }
        if (SlackWebApi.blank(p.get("name"))) {
            return SlackWebApi.error("invalid_name");
        }
        return workspace.message(channel, p.getOrDefault("timestamp", ""))
                .map(m -> workspace.react(m, p.get("name"), bot.userId()) ? SlackWebApi.ok()
                        : SlackWebApi.error("already_reacted"))
                .orElseGet(() -> SlackWebApi.error("message_not_found"));
    }

    /**
     * Shares completed uploads as a message from the bot in {@code channel}: {@code initial_comment} is its text,
     * the files its {@code files}.
     */
    void shareFiles(Map<String, String> p, SlackBot bot, String channel, ArrayNode files) {
        Workspace.Message m = workspace.post(channel, bot.userId(), p.getOrDefault("initial_comment", ""),
                p.get("thread_ts"), null);
        workspace.update(m, null, null, p.get("blocks"));
        workspace.attachFiles(m, files.toString());
    }

    /** The channel files are shared to ({@code channel_id}, else the first of {@code channels}), or null: private. */
    String channelOf(Map<String, String> p, SlackBot bot) {
        String raw = !SlackWebApi.blank(p.get("channel_id")) ? p.get("channel_id") : p.get("channels");
        return SlackWebApi.blank(raw) ? null : resolveChannel(raw.split(",")[0].strip(), bot);
    }

    /** Whether the channel named for sharing exists (none named is fine: the files stay private). */
    boolean channelExists(Map<String, String> p, SlackBot bot) {
        String raw = !SlackWebApi.blank(p.get("channel_id")) ? p.get("channel_id") : p.get("channels");
        return SlackWebApi.blank(raw) || channelOf(p, bot) != null;
    }

    /** Slack accepts a channel id, or a user id for the DM between that user and the calling bot. */
    private String resolveChannel(String channel, SlackBot bot) {
        if (SlackWebApi.blank(channel)) {
            return null;
        }
        if (channel.startsWith("U") && workspace.user(channel).isPresent()) {
            return workspace.imWith(bot.userId(), channel).id();
        }
        return workspace.channel(channel).filter(c -> !c.isArchived()).map(Workspace.Channel::id).orElse(null);
    }
}
