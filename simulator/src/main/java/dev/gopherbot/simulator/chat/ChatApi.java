package dev.gopherbot.simulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.simulator.events.Deliveries;
import dev.gopherbot.simulator.events.EventSource;
import dev.gopherbot.testkit.slack.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's JSON API: what a person does in the browser changes the {@link Workspace} and, through the
 * {@link EventSource}, becomes the Events API request Slack would send. {@code GET /sim/state} long-polls.
 */
public final class ChatApi {
    private static final Logger log = LoggerFactory.getLogger(ChatApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONG_POLL = Duration.ofSeconds(25);
    private static final long POLL_SLICE_MS = 200;
    private static final int MAX_TEXT = 40_000; // Slack's limit for a message's text

    private final Workspace workspace;
    private final EventSource events;
    private final Deliveries deliveries;
    private final AtomicBoolean botOnline;
    private final MessageText messageText;
    private final NewUsers newUsers;
    private final ChatView view;
    private final Map<String, String> eventOfMessage = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f,
            false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 2000;
        }
    });

    /** {@code botOnline} turns true once the bot has called {@code auth.test}: the consumer is up. */
    public ChatApi(Workspace workspace, EventSource events, Deliveries deliveries, AtomicBoolean botOnline) {
        this.workspace = workspace;
        this.events = events;
        this.deliveries = deliveries;
        this.botOnline = botOnline;
        this.messageText = new MessageText(workspace);
        this.newUsers = new NewUsers(workspace);
        this.view = new ChatView(workspace, deliveries, eventOfMessage);
    }

    public void routes(RoutesConfig routes) {
        routes.get("/sim/state", this::state);
        routes.post("/sim/messages", this::postMessage);
        routes.post("/sim/reactions", this::react);
        routes.post("/sim/users", this::joinWorkspace);
        routes.post("/sim/channels/{channel}/join", this::joinChannel);
        routes.post("/sim/dms", this::openDm);
    }

    private void state(Context ctx) throws InterruptedException {
        String me = person(ctx.queryParam("user"));
        String since = ctx.queryParam("since");
        long deadline = System.nanoTime() + LONG_POLL.toNanos();
        while (version().equals(since) && System.nanoTime() < deadline) {
            // delivery statuses change outside the workspace, so wait in short slices and compare both
            workspace.awaitChange(workspace.version(), POLL_SLICE_MS);
        }
        json(ctx, view.render(me, version(), botOnline.get()));
    }

    private void postMessage(Context ctx) {
        JsonNode body = body(ctx);
        String me = person(text(body, "user"));
        Workspace.Channel channel = channel(text(body, "channel"));
        String typed = text(body, "text").strip();
        if (typed.isEmpty() || typed.length() > MAX_TEXT) {
            throw new BadRequestResponse("text must be 1 to " + MAX_TEXT + " characters");
        }
        if (!workspace.members(channel.id()).contains(me)) {
            throw new BadRequestResponse("join #" + channel.name() + " before posting in it");
        }
        String threadTs = body.path("threadTs").isTextual() ? body.get("threadTs").asText() : null;
        if (threadTs != null && workspace.message(channel.id(), threadTs).isEmpty()) {
            throw new BadRequestResponse("no message " + threadTs + " to reply to in " + channel.id());
        }
        Workspace.Message m = workspace.post(channel.id(), me, messageText.toSlack(typed), threadTs, null);
        events.message(m).ifPresent(eventId -> eventOfMessage.put(m.channel + "/" + m.ts, eventId));
        json(ctx, JSON.createObjectNode().put("channel", m.channel).put("ts", m.ts));
    }

    private void react(Context ctx) {
        JsonNode body = body(ctx);
        String me = person(text(body, "user"));
        Workspace.Channel channel = channel(text(body, "channel"));
        String name = text(body, "name").replace(":", "");
        if (!name.matches("[a-z0-9_+'-]{1,100}")) {
            throw new BadRequestResponse("emoji name must look like thumbsup or +1");
        }
        Workspace.Message m = workspace.message(channel.id(), text(body, "ts"))
                .orElseThrow(() -> new NotFoundResponse("no such message"));
        boolean added = workspace.react(m, name, me);
        if (added) {
            events.reactionAdded(me, name, m);
        }
        json(ctx, JSON.createObjectNode().put("added", added));
    }

    private void joinWorkspace(Context ctx) {
        Workspace.User user = newUsers.create();
        log.info("person joined the workspace user={} name={}", user.id(), user.name());
        events.teamJoin(user);
        // Slack adds a new member to the workspace's default channels
        Workspace.Channel general = channel("C0GENERAL");
        workspace.join(general.id(), user.id());
        events.memberJoinedChannel(user.id(), general.id());
        json(ctx, JSON.createObjectNode().put("id", user.id()).put("name", user.name()));
    }

    private void joinChannel(Context ctx) {
        String me = person(text(body(ctx), "user"));
        Workspace.Channel channel = channel(ctx.pathParam("channel"));
        if (channel.isIm() || channel.isArchived()) {
            throw new BadRequestResponse("#" + channel.name() + " cannot be joined");
        }
        boolean joined = !workspace.members(channel.id()).contains(me);
        if (joined) {
            workspace.join(channel.id(), me);
            events.memberJoinedChannel(me, channel.id());
        }
        json(ctx, JSON.createObjectNode().put("channel", channel.id()).put("joined", joined));
    }

    private void openDm(Context ctx) {
        String me = person(text(body(ctx), "user"));
        json(ctx, JSON.createObjectNode().put("channel", workspace.imWith(me).id()));
    }

    private String version() {
        return workspace.version() + "." + deliveries.version() + "." + (botOnline.get() ? 1 : 0);
    }

    private String person(String userId) {
        return workspace.user(userId == null ? "" : userId).filter(u -> !u.isBot()).map(Workspace.User::id)
                .orElseThrow(() -> new BadRequestResponse("unknown user " + userId));
    }

    private Workspace.Channel channel(String id) {
        return workspace.channel(id).orElseThrow(() -> new NotFoundResponse("unknown channel " + id));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (Exception e) {
            // answered below
        }
        throw new BadRequestResponse("expected a JSON object");
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isTextual()) {
            throw new BadRequestResponse(field + " is required");
        }
        return v.asText();
    }

    private static void json(Context ctx, ObjectNode node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }
}
