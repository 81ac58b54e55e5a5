package dev.gopherbot.simulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.simulator.apps.AppLink;
import dev.gopherbot.simulator.apps.AppLinks;
import dev.gopherbot.simulator.events.Deliveries;
import dev.gopherbot.simulator.events.DeliveryStatus;
import dev.gopherbot.simulator.interactive.ModalErrors;
import dev.gopherbot.simulator.interactive.SlashCommands;
import dev.gopherbot.testkit.slack.SlackWebApi;
import dev.gopherbot.testkit.slack.Views;
import dev.gopherbot.testkit.slack.Workspace;
import java.util.List;
import java.util.Map;

/**
 * The workspace as one person sees it, as JSON for the page: people and the apps' bots, the installed apps (online
 * or not, their slash commands), the channels they can open (public channels and their DM with each app), each
 * channel's latest messages (ephemeral ones only for their addressee, shared files with a link the browser can
 * download), and the modal they have open.
 */
final class ChatView {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGES_PER_CHANNEL = 300;

    private final SlackWebApi api;
    private final Workspace workspace;
    private final AppLinks apps;
    private final Deliveries deliveries;
    private final Map<String, List<String>> eventsOfMessage;
    private final ModalErrors errors;

    ChatView(SlackWebApi api, AppLinks apps, Deliveries deliveries, Map<String, List<String>> eventsOfMessage,
             ModalErrors errors) {
        this.api = api;
        this.workspace = api.workspace();
        this.apps = apps;
        this.deliveries = deliveries;
        this.eventsOfMessage = eventsOfMessage;
        this.errors = errors;
    }

    ObjectNode render(String me, String version) {
        ObjectNode root = JSON.createObjectNode().put("version", version).put("me", me)
                .put("botOnline", apps.allOnline()).put("team", "Gophers");
        ArrayNode users = root.putArray("users");
        for (Workspace.User u : workspace.users()) {
            Workspace.Profile p = workspace.profile(u.id());
            users.addObject().put("id", u.id()).put("name", u.name()).put("realName", u.realName())
                    .put("isBot", u.isBot()).put("title", p.title()).put("displayName", p.displayName())
                    .put("statusText", p.statusText()).put("statusEmoji", p.statusEmoji()).put("tz", p.tz());
        }
        users.addObject().put("id", SlashCommands.SLACKBOT).put("name", "Slackbot").put("realName", "Slackbot")
                .put("isBot", true);
        ArrayNode appList = root.putArray("apps");
        for (AppLink a : apps.all()) {
            ArrayNode commands = appList.addObject().put("name", a.name()).put("bot", a.bot().userId())
                    .put("online", a.online()).putArray("commands");
            apps.commandsOf(a).forEach(commands::add);
        }
        ArrayNode channels = root.putArray("channels");
        ObjectNode messages = root.putObject("messages");
        for (Workspace.Channel c : workspace.channels()) {
            boolean mine = c.isIm() ? me.equals(c.imUser()) : !c.isPrivate() && !c.isArchived();
            if (!mine) {
                continue;
            }
            List<String> members = workspace.members(c.id());
            ObjectNode ch = channels.addObject().put("id", c.id()).put("name", c.name()).put("isIm", c.isIm())
                    .put("member", members.contains(me)).put("members", members.size());
            if (c.isIm()) {
                ch.put("bot", workspace.imBot(c));
            }
            ArrayNode list = messages.putArray(c.id());
            List<Workspace.Message> all = workspace.messages(c.id());
            for (Workspace.Message m : all.subList(Math.max(0, all.size() - MESSAGES_PER_CHANNEL), all.size())) {
                if (m.ephemeralFor == null || m.ephemeralFor.equals(me)) {
                    list.add(message(m));
                }
            }
        }
        List<Views.View> modal = api.views().modal(me);
        if (!modal.isEmpty()) {
            root.set("modal", modal(me, modal));
        }
        return root;
    }

    private ObjectNode modal(String me, List<Views.View> stack) {
        Views.View top = stack.getLast();
        ObjectNode o = JSON.createObjectNode().put("id", top.id()).put("app", top.app())
                .put("depth", stack.size());
        o.set("view", top.json().deepCopy());
        errors.of(me, top.id()).ifPresent(e -> {
            ObjectNode byBlock = o.putObject("errors");
            e.byBlock().forEach(byBlock::put);
            if (e.general() != null) {
                o.put("generalError", e.general());
            }
        });
        return o;
    }

    private ObjectNode message(Workspace.Message m) {
        ObjectNode o = JSON.createObjectNode().put("ts", m.ts).put("user", m.user).put("text", m.text)
                .put("ephemeral", m.ephemeralFor != null);
        if (m.threadTs != null && !m.threadTs.equals(m.ts)) {
            o.put("threadTs", m.threadTs);
        }
        o.set("attachments", parsed(m.attachments));
        o.set("blocks", parsed(m.blocks));
        o.set("files", files(m.files));
        ArrayNode reactions = o.putArray("reactions");
        synchronized (workspace) {
            // the reactions map is written under the workspace's lock
            m.reactions.forEach((name, who) -> {
                ArrayNode users = reactions.addObject().put("name", name).putArray("users");
                who.forEach(users::add);
            });
        }
        List<String> sent = eventsOfMessage.get(m.channel + "/" + m.ts);
        if (sent != null) {
            // the line under the message shows the delivery that is worst off
            sent.stream().map(deliveries::status).flatMap(java.util.Optional::stream)
                    .max(java.util.Comparator.comparingInt(ChatView::severity))
                    .ifPresent(s -> o.set("delivery", delivery(s)));
        }
        return o;
    }

    /** Shared files, each with the address the page downloads it from (the person is signed in: no token). */
    private static JsonNode files(String json) {
        JsonNode files = parsed(json);
        if (!files.isArray()) {
            return JSON.nullNode();
        }
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode f : files) {
            ObjectNode copy = f.deepCopy();
            copy.put("download", "/sim/files/" + f.path("id").asText() + "/" + f.path("name").asText());
            out.add(copy);
        }
        return out;
    }

    private static int severity(DeliveryStatus s) {
        return switch (s.state()) {
            case DELIVERED -> 0;
            case SENDING -> 1;
            case RETRYING -> 2;
            case FAILED -> 3;
        };
    }

    private static ObjectNode delivery(DeliveryStatus s) {
        ObjectNode o = JSON.createObjectNode().put("state", s.state().name().toLowerCase()).put("app", s.app())
                .put("attempts", s.attempts()).put("problem", s.problem());
        if (s.nextAttempt() != null) {
            o.put("nextAttempt", s.nextAttempt().toEpochMilli());
        }
        return o;
    }

    /** Attachments and blocks arrive as the JSON text the app sent; unreadable JSON is shown as nothing. */
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
