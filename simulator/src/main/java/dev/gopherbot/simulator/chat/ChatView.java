package dev.gopherbot.simulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.simulator.events.Deliveries;
import dev.gopherbot.simulator.events.DeliveryStatus;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.Workspace;
import java.util.List;
import java.util.Map;

/**
 * The workspace as one person sees it, as JSON for the page: people, the channels they can open (public channels and
 * their own DM with the bot), and each channel's latest messages, with ephemeral messages only for their addressee.
 */
final class ChatView {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGES_PER_CHANNEL = 300;

    private final Workspace workspace;
    private final Deliveries deliveries;
    private final Map<String, String> eventOfMessage;

    ChatView(Workspace workspace, Deliveries deliveries, Map<String, String> eventOfMessage) {
        this.workspace = workspace;
        this.deliveries = deliveries;
        this.eventOfMessage = eventOfMessage;
    }

    ObjectNode render(String me, String version, boolean botOnline) {
        ObjectNode root = JSON.createObjectNode().put("version", version).put("me", me)
                .put("bot", FakeSlack.BOT_USER_ID).put("botOnline", botOnline).put("team", "Gophers");
        ArrayNode users = root.putArray("users");
        for (Workspace.User u : workspace.users()) {
            users.addObject().put("id", u.id()).put("name", u.name()).put("realName", u.realName())
                    .put("isBot", u.isBot());
        }
        ArrayNode channels = root.putArray("channels");
        ObjectNode messages = root.putObject("messages");
        for (Workspace.Channel c : workspace.channels()) {
            boolean mine = c.isIm() ? me.equals(c.imUser()) : !c.isPrivate() && !c.isArchived();
            if (!mine) {
                continue;
            }
            List<String> members = workspace.members(c.id());
            channels.addObject().put("id", c.id()).put("name", c.name()).put("isIm", c.isIm())
                    .put("member", members.contains(me)).put("members", members.size());
            ArrayNode list = messages.putArray(c.id());
            List<Workspace.Message> all = workspace.messages(c.id());
            for (Workspace.Message m : all.subList(Math.max(0, all.size() - MESSAGES_PER_CHANNEL), all.size())) {
                if (m.ephemeralFor == null || m.ephemeralFor.equals(me)) {
                    list.add(message(m));
                }
            }
        }
        return root;
    }

    private ObjectNode message(Workspace.Message m) {
        ObjectNode o = JSON.createObjectNode().put("ts", m.ts).put("user", m.user).put("text", m.text)
                .put("ephemeral", m.ephemeralFor != null);
        if (m.threadTs != null && !m.threadTs.equals(m.ts)) {
            o.put("threadTs", m.threadTs);
        }
        o.set("attachments", parsed(m.attachments));
        o.set("blocks", parsed(m.blocks));
        ArrayNode reactions = o.putArray("reactions");
        synchronized (workspace) {
            // the reactions map is written under the workspace's lock
            m.reactions.forEach((name, who) -> {
                ArrayNode users = reactions.addObject().put("name", name).putArray("users");
                who.forEach(users::add);
            });
        }
        String eventId = eventOfMessage.get(m.channel + "/" + m.ts);
        if (eventId != null) {
            deliveries.status(eventId).ifPresent(s -> o.set("delivery", delivery(s)));
        }
        return o;
    }

    private static ObjectNode delivery(DeliveryStatus s) {
        ObjectNode o = JSON.createObjectNode().put("state", s.state().name().toLowerCase())
                .put("attempts", s.attempts()).put("problem", s.problem());
        if (s.nextAttempt() != null) {
            o.put("nextAttempt", s.nextAttempt().toEpochMilli());
        }
        return o;
    }

    /** Attachments and blocks arrive as the JSON text the bot sent; unreadable JSON is shown as nothing. */
    private static JsonNode parsed(String json) {
        if (json == null || json.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.nullNode();
        }
    }
}
