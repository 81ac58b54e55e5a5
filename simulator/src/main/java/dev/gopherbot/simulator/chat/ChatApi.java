package dev.gopherbot.simulator.chat;

import static dev.gopherbot.simulator.chat.Requests.body;
import static dev.gopherbot.simulator.chat.Requests.channel;
import static dev.gopherbot.simulator.chat.Requests.json;
import static dev.gopherbot.simulator.chat.Requests.optionalText;
import static dev.gopherbot.simulator.chat.Requests.person;
import static dev.gopherbot.simulator.chat.Requests.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.simulator.apps.AppLink;
import dev.gopherbot.simulator.apps.AppLinks;
import dev.gopherbot.simulator.events.Deliveries;
import dev.gopherbot.simulator.events.EventSource;
import dev.gopherbot.simulator.interactive.ModalErrors;
import dev.gopherbot.testkit.slack.UploadedFiles;
import dev.gopherbot.testkit.slack.SlackWebApi;
import dev.gopherbot.testkit.slack.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's JSON API: what a person does in the browser changes the {@link Workspace} and, through the
 * {@link EventSource}, becomes the Events API requests Slack would send the apps. {@code GET /sim/state} long-polls.
 */
public final class ChatApi {
    private static final Logger log = LoggerFactory.getLogger(ChatApi.class);
    private static final Duration LONG_POLL = Duration.ofSeconds(25);
    private static final long POLL_SLICE_MS = 200;
    private static final int MAX_TEXT = 40_000; // Slack's limit for a message's text
    private static final int MAX_FIELD = 250;

    private final SlackWebApi api;
    private final Workspace workspace;
    private final AppLinks apps;
    private final EventSource events;
    private final Deliveries deliveries;
    private final MessageText messageText;
    private final NewUsers newUsers;
    private final ChatView view;
    /** The events each person's message became, one per app that saw it, for the delivery line under it. */
    private final Map<String, List<String>> eventsOfMessage = Collections.synchronizedMap(new LinkedHashMap<>(16,
            0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 2000;
        }
    });

    public ChatApi(SlackWebApi api, AppLinks apps, EventSource events, Deliveries deliveries, ModalErrors errors) {
        this.api = api;
        this.workspace = api.workspace();
        this.apps = apps;
        this.events = events;
        this.deliveries = deliveries;
        this.messageText = new MessageText(workspace);
        this.newUsers = new NewUsers(workspace);
        this.view = new ChatView(api, apps, deliveries, eventsOfMessage, errors);
    }

    public void routes(RoutesConfig routes) {
        routes.get("/sim/state", this::state);
        routes.post("/sim/messages", this::postMessage);
        routes.post("/sim/reactions", this::react);
        routes.post("/sim/users", this::joinWorkspace);
        routes.post("/sim/channels/{channel}/join", this::joinChannel);
        routes.post("/sim/dms", this::openDm);
        routes.post("/sim/profile", this::editProfile);
        routes.get("/sim/files/{id}/{name}", this::download);
    }

    private void state(Context ctx) throws InterruptedException {
        String me = person(workspace, ctx.queryParam("user")).id();
        String since = ctx.queryParam("since");
        long deadline = System.nanoTime() + LONG_POLL.toNanos();
        while (version().equals(since) && System.nanoTime() < deadline) {
            // delivery statuses change outside the workspace, so wait in short slices and compare both
            workspace.awaitChange(workspace.version(), POLL_SLICE_MS);
        }
        json(ctx, view.render(me, version()));
    }

    private void postMessage(Context ctx) {
        JsonNode body = body(ctx);
        String me = person(workspace, text(body, "user")).id();
        Workspace.Channel channel = channel(workspace, text(body, "channel"));
        String typed = text(body, "text").strip();
        if (typed.isEmpty() || typed.length() > MAX_TEXT) {
            throw new BadRequestResponse("text must be 1 to " + MAX_TEXT + " characters");
        }
        if (!workspace.members(channel.id()).contains(me)) {
            throw new BadRequestResponse("join #" + channel.name() + " before posting in it");
        }
        String threadTs = optionalText(body, "threadTs");
        if (threadTs != null && workspace.message(channel.id(), threadTs).isEmpty()) {
            throw new BadRequestResponse("no message " + threadTs + " to reply to in " + channel.id());
        }
        Workspace.Message m = workspace.post(channel.id(), me, messageText.toSlack(typed), threadTs, null);
        List<String> sent = events.message(m);
        if (!sent.isEmpty()) {
            eventsOfMessage.put(m.channel + "/" + m.ts, sent);
        }
        json(ctx, Requests.JSON.createObjectNode().put("channel", m.channel).put("ts", m.ts));
    }

    private void react(Context ctx) {
        JsonNode body = body(ctx);
        String me = person(workspace, text(body, "user")).id();
        Workspace.Channel channel = channel(workspace, text(body, "channel"));
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
        json(ctx, Requests.JSON.createObjectNode().put("added", added));
    }

    private void joinWorkspace(Context ctx) {
        Workspace.User user = newUsers.create();
        log.info("person joined the workspace user={} name={}", user.id(), user.name());
        events.teamJoin(user);
        // Slack adds a new member to the workspace's default channels
        Workspace.Channel general = channel(workspace, "C0GENERAL");
        workspace.join(general.id(), user.id());
        events.memberJoinedChannel(user.id(), general.id());
        json(ctx, Requests.JSON.createObjectNode().put("id", user.id()).put("name", user.name()));
    }

    private void joinChannel(Context ctx) {
        String me = person(workspace, text(body(ctx), "user")).id();
        Workspace.Channel channel = channel(workspace, ctx.pathParam("channel"));
        if (channel.isIm() || channel.isArchived()) {
            throw new BadRequestResponse("#" + channel.name() + " cannot be joined");
        }
        boolean joined = !workspace.members(channel.id()).contains(me);
        if (joined) {
            workspace.join(channel.id(), me);
            events.memberJoinedChannel(me, channel.id());
        }
        json(ctx, Requests.JSON.createObjectNode().put("channel", channel.id()).put("joined", joined));
    }

    /** The DM with an app's bot ({@code app}; the first app when absent). */
    private void openDm(Context ctx) {
        JsonNode body = body(ctx);
        String me = person(workspace, text(body, "user")).id();
        String app = optionalText(body, "app");
        AppLink link = app == null ? apps.all().getFirst() : apps.byName(app)
                .orElseThrow(() -> new NotFoundResponse("no app " + app));
        json(ctx, Requests.JSON.createObjectNode().put("channel", workspace.imWith(link.bot().userId(), me).id()));
    }

    /** Slack's "Edit profile": the apps hear of it as {@code user_change}. */
    private void editProfile(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.User me = person(workspace, text(body, "user"));
        String realName = field(body, "realName", me.realName());
        String displayName = optionalText(body, "displayName");
        String title = optionalText(body, "title");
        String statusText = optionalText(body, "statusText");
        String statusEmoji = optionalText(body, "statusEmoji");
        for (String v : new String[] {realName, displayName, title, statusText, statusEmoji}) {
            if (v != null && v.length() > MAX_FIELD) {
                throw new BadRequestResponse("profile fields are at most " + MAX_FIELD + " characters");
            }
        }
        Workspace.User updated = realName.isBlank() ? me : workspace.rename(me.id(), realName.strip());
        workspace.changeProfile(me.id(), p -> {
            Workspace.Profile changed = p;
            if (displayName != null) {
                changed = changed.withDisplayName(displayName.strip());
            }
            if (title != null) {
                changed = changed.withTitle(title.strip());
            }
            if (statusText != null || statusEmoji != null) {
                changed = changed.withStatus(statusEmoji == null ? p.statusEmoji() : statusEmoji.strip(),
                        statusText == null ? p.statusText() : statusText.strip());
            }
            return changed;
        });
        events.userChange(updated);
        json(ctx, Requests.JSON.createObjectNode().put("id", updated.id()).put("realName", updated.realName()));
    }

    /** A shared file as the person downloads it: signed in to the workspace, so no token is needed. */
    private void download(Context ctx) {
        UploadedFiles.Upload file = api.uploads().shared(ctx.pathParam("id"), ctx.pathParam("name"))
                .orElseThrow(() -> new NotFoundResponse("no such file"));
        UploadedFiles.send(ctx, file);
    }

    private String version() {
        return workspace.version() + "." + deliveries.version() + "." + apps.all().stream()
                .filter(AppLink::online).count();
    }

    private static String field(JsonNode body, String name, String fallback) {
        String v = optionalText(body, name);
        return v == null ? fallback : v;
    }
}
