package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The Web API methods the bot calls, answered from a {@link Workspace} with Slack's response shapes and errors. Mount
 * {@link #handle(Context)} on {@code POST /api/{method}}. Every call is recorded; failures can be scripted.
 */
public final class SlackWebApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_PAGE = 100;

    private final Workspace workspace;
    private final String botToken;
    // not a CopyOnWriteArrayList: that copies every recorded call on each new one, quadratic over a benchmark's 100,000
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Deque<Failure>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Failure> failingAlways = new ConcurrentHashMap<>();
    private final List<Consumer<Call>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> triggers = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> views = new ConcurrentHashMap<>();
    private final UploadedFiles uploads = new UploadedFiles();
    private volatile RandomFailures randomFailures;

    private record RandomFailures(double rateLimited, int retryAfterSeconds, double serverError, Random random) {
    }

    public SlackWebApi(Workspace workspace, String botToken) {
        this.workspace = workspace;
        this.botToken = botToken;
    }

    /** How long Slack accepts a {@code trigger_id} for {@code views.open}. */
    public static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(3);

    public Workspace workspace() {
        return workspace;
    }

    /**
     * A trigger id as if a user acted at {@code issuedAt}; {@code views.open} refuses it with
     * {@code expired_trigger_id} after {@link #TRIGGER_LIFETIME}. Trigger ids the fake did not issue are accepted,
     * so tests that do not care about expiry can make up their own.
     */
    public String issueTrigger(Instant issuedAt) {
        String id = issuedAt.getEpochSecond() + "." + workspace.newId('T').substring(1).toLowerCase() + ".fake";
        triggers.put(id, issuedAt);
        return id;
    }

    /** The view as last opened or updated, by view id. */
    public java.util.Optional<JsonNode> view(String viewId) {
        return java.util.Optional.ofNullable(views.get(viewId));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Files uploaded with {@code files.getUploadURLExternal} and {@code files.completeUploadExternal}. */
    public UploadedFiles uploads() {
        return uploads;
    }

    public void clearCalls() {
        calls.clear();
    }

    /** Called after every call is answered (the simulator uses it to refresh the page). */
    public void onCall(Consumer<Call> listener) {
        listeners.add(listener);
    }

    /** The next call of {@code method} fails this way (queue several to fail several times). */
    public void failNext(String method, Failure failure) {
        scripted.computeIfAbsent(method, k -> new ArrayDeque<>()).add(failure);
    }

    /** Every call fails at random with these probabilities, from a fixed seed so a run can be repeated. */
    public void failRandomly(double rateLimited, int retryAfterSeconds, double serverError, long seed) {
        randomFailures = new RandomFailures(rateLimited, retryAfterSeconds, serverError, new Random(seed));
    }

    /** Every call of {@code method} fails this way until {@link #stopFailing()} (an outage of one method). */
    public void failAlways(String method, Failure failure) {
        failingAlways.put(method, failure);
    }

    public void stopFailing() {
        failingAlways.clear();
        randomFailures = null;
        scripted.clear();
    }

    public void handle(Context ctx) {
        Instant receivedAt = Instant.now();
        String method = ctx.pathParam("method");
        Map<String, String> params = params(ctx);
        String token = token(ctx, params);
        Failure failure = failureFor(method);
        ObjectNode body;
        int status = 200;
        if (failure != null && failure.httpStatus() != 200) {
            status = failure.httpStatus();
            if (failure.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Integer.toString(failure.retryAfterSeconds()));
            }
            body = error(failure.error() == null ? "fatal_error" : failure.error());
        } else if (token == null) {
            body = error("not_authed");
        } else if (!token.equals(botToken)) {
            body = error("invalid_auth");
        } else if (failure != null) {
            body = error(failure.error());
        } else {
            // upload URLs point back at the server that answered, whatever port it listens on
            body = answer(method, params, ctx.scheme() + "://" + ctx.host());
        }
        String err = body.path("ok").asBoolean() ? null : body.path("error").asText();
        Call call = new Call(method, Map.copyOf(params), status, status == 200 ? err : "http_" + status,
                receivedAt);
        calls.add(call);
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
        listeners.forEach(l -> l.accept(call));
    }

    private Failure failureFor(String method) {
        Failure always = failingAlways.get(method);
        if (always != null) {
            return always;
        }
        Deque<Failure> queue = scripted.get(method);
        if (queue != null) {
            synchronized (queue) {
                Failure f = queue.poll();
                if (f != null) {
                    return f;
                }
            }
        }
        RandomFailures r = randomFailures;
        if (r != null && !method.equals("auth.test")) {
            double roll;
            synchronized (r.random()) {
                roll = r.random().nextDouble();
            }
            if (roll < r.rateLimited()) {
                return Failure.rateLimited(r.retryAfterSeconds());
            }
            if (roll < r.rateLimited() + r.serverError()) {
                return Failure.serverError(500);
            }
        }
        return null;
    }

    private ObjectNode answer(String method, Map<String, String> p, String base) {
        return switch (method) {
            case "auth.test" -> ok().put("url", "https://gophers.example.slack.com/").put("team", "Gophers")
                    .put("user", "gopherbot").put("team_id", SlackPayloads.TEAM_ID)
                    .put("user_id", FakeSlack.BOT_USER_ID).put("bot_id", "B0GOPHER")
                    .put("is_enterprise_install", false);
            case "chat.postMessage" -> postMessage(p);
            case "chat.postEphemeral" -> postEphemeral(p);
            case "chat.update" -> update(p);
            case "chat.delete" -> delete(p);
            case "reactions.add" -> react(p);
            case "conversations.open" -> open(p);
            case "conversations.list" -> list(p);
            case "conversations.info" -> info(p);
            case "conversations.members" -> members(p);
            case "users.info" -> userInfo(p);
            case "users.list" -> usersList(p);
            case "views.open" -> openView(p);
            case "views.update" -> updateView(p);
            case "views.publish" -> view(p, workspace.newId('V'));
            case "files.getUploadURLExternal" -> uploadUrl(p, base);
            case "files.completeUploadExternal" -> completeUpload(p);
            default -> error("unknown_method");
        };
    }

    private ObjectNode postMessage(Map<String, String> p) {
        String channel = resolveChannel(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        if (blank(p.get("text")) && blank(p.get("blocks")) && blank(p.get("attachments"))) {
            return error("no_text");
        }
        Workspace.Message m = workspace.post(channel, FakeSlack.BOT_USER_ID, p.getOrDefault("text", ""),
                p.get("thread_ts"), null);
        workspace.update(m, null, p.get("attachments"), p.get("blocks"));
        ObjectNode res = ok().put("channel", channel).put("ts", m.ts);
        ObjectNode msg = res.putObject("message").put("type", "message").put("text", m.text)
                .put("user", FakeSlack.BOT_USER_ID).put("bot_id", "B0GOPHER").put("ts", m.ts);
        if (m.threadTs != null) {
            msg.put("thread_ts", m.threadTs);
        }
        return res;
    }

    private ObjectNode postEphemeral(Map<String, String> p) {
        String channel = resolveChannel(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        String user = p.get("user");
        if (user == null || workspace.user(user).isEmpty()) {
            return error("user_not_found");
        }
        if (!workspace.members(channel).contains(user)) {
            return error("user_not_in_channel");
        }
        Workspace.Message m = workspace.post(channel, FakeSlack.BOT_USER_ID, p.getOrDefault("text", ""),
                p.get("thread_ts"), user);
        workspace.update(m, null, p.get("attachments"), p.get("blocks"));
        return ok().put("message_ts", m.ts);
    }

    private ObjectNode update(Map<String, String> p) {
        String channel = resolveChannel(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        return workspace.message(channel, p.getOrDefault("ts", "")).map(m -> {
            workspace.update(m, p.get("text"), p.get("attachments"), p.get("blocks"));
            return ok().put("channel", channel).put("ts", m.ts).put("text", m.text);
        }).orElseGet(() -> error("message_not_found"));
    }

    private ObjectNode delete(Map<String, String> p) {
        String channel = resolveChannel(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        return workspace.message(channel, p.getOrDefault("ts", "")).map(m -> {
            workspace.delete(m);
            return ok().put("channel", channel).put("ts", m.ts);
        }).orElseGet(() -> error("message_not_found"));
    }

    private ObjectNode react(Map<String, String> p) {
        String channel = resolveChannel(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        if (blank(p.get("name"))) {
            return error("invalid_name");
        }
        return workspace.message(channel, p.getOrDefault("timestamp", ""))
                .map(m -> workspace.react(m, p.get("name"), FakeSlack.BOT_USER_ID) ? ok() : error("already_reacted"))
                .orElseGet(() -> error("message_not_found"));
    }

    private ObjectNode open(Map<String, String> p) {
        String users = p.getOrDefault("users", "");
        if (users.isBlank() || users.contains(",")) {
            return error(users.isBlank() ? "users_list_not_supplied" : "not_implemented");
        }
        if (workspace.user(users).isEmpty()) {
            return error("user_not_found");
        }
        ObjectNode res = ok();
        res.putObject("channel").put("id", workspace.imWith(users).id());
        return res;
    }

    private ObjectNode list(Map<String, String> p) {
        boolean excludeArchived = "true".equals(p.get("exclude_archived")) || "1".equals(p.get("exclude_archived"));
        String types = p.getOrDefault("types", "public_channel");
        int limit = parseInt(p.get("limit"), DEFAULT_PAGE);
        int start = blank(p.get("cursor")) ? 0 : decodeCursor(p.get("cursor"));
        if (start < 0) {
            return error("invalid_cursor");
        }
        List<Workspace.Channel> all = new ArrayList<>();
        for (Workspace.Channel c : workspace.channels()) {
            boolean wanted = c.isIm() ? types.contains("im")
                    : c.isPrivate() ? types.contains("private_channel") : types.contains("public_channel");
            if (wanted && !(excludeArchived && c.isArchived())) {
                all.add(c);
            }
        }
        ObjectNode res = ok();
        ArrayNode arr = res.putArray("channels");
        int end = Math.min(all.size(), start + Math.max(1, limit));
        for (Workspace.Channel c : all.subList(Math.min(start, all.size()), end)) {
            arr.add(channelJson(c));
        }
        res.putObject("response_metadata").put("next_cursor", end < all.size() ? encodeCursor(end) : "");
        return res;
    }

    private ObjectNode info(Map<String, String> p) {
        return workspace.channel(p.getOrDefault("channel", "")).map(c -> {
            ObjectNode res = ok();
            res.set("channel", channelJson(c));
            return res;
        }).orElseGet(() -> error("channel_not_found"));
    }

    private ObjectNode members(Map<String, String> p) {
        String channel = p.getOrDefault("channel", "");
        if (workspace.channel(channel).isEmpty()) {
            return error("channel_not_found");
        }
        List<String> all = workspace.members(channel);
        int limit = parseInt(p.get("limit"), DEFAULT_PAGE);
        int start = blank(p.get("cursor")) ? 0 : decodeCursor(p.get("cursor"));
        if (start < 0) {
            return error("invalid_cursor");
        }
        int end = Math.min(all.size(), start + Math.max(1, limit));
        ObjectNode res = ok();
        ArrayNode arr = res.putArray("members");
        all.subList(Math.min(start, all.size()), end).forEach(arr::add);
        res.putObject("response_metadata").put("next_cursor", end < all.size() ? encodeCursor(end) : "");
        return res;
    }

    private ObjectNode uploadUrl(Map<String, String> p, String base) {
        String filename = p.get("filename");
        long length = parseInt(p.get("length"), -1);
        if (blank(filename) || length < 0) {
            return error("invalid_arguments");
        }
        String id = uploads.issue(filename, length);
        return ok().put("upload_url", base + "/upload/" + id).put("file_id", id);
    }

    /** Shares uploaded files; with {@code channel_id} a message carrying them appears in that channel. */
    private ObjectNode completeUpload(Map<String, String> p) {
        JsonNode files;
        try {
            files = JSON.readTree(p.getOrDefault("files", ""));
        } catch (Exception e) {
            return error("invalid_arguments");
        }
        if (files == null || !files.isArray() || files.isEmpty()) {
            return error("invalid_arguments");
        }
        String channel = null;
        if (!blank(p.get("channel_id"))) {
            channel = resolveChannel(p.get("channel_id"));
            if (channel == null) {
                return error("channel_not_found");
            }
        }
        ObjectNode res = ok();
        ArrayNode shared = res.putArray("files");
        for (JsonNode f : files) {
            String id = f.path("id").asText("");
            java.util.Optional<String> refused = uploads.complete(id, f.path("title").asText(null), channel,
                    p.get("initial_comment"));
            if (refused.isPresent()) {
                return error(refused.get());
            }
            UploadedFiles.Upload upload = uploads.file(id).orElseThrow();
            shared.addObject().put("id", id).put("name", upload.filename()).put("title", upload.title());
        }
        if (channel != null) {
            Workspace.Message m = workspace.post(channel, FakeSlack.BOT_USER_ID, p.getOrDefault("initial_comment", ""),
                    p.get("thread_ts"), null);
            workspace.attachFiles(m, shared.toString());
        }
        return res;
    }

    private ObjectNode userInfo(Map<String, String> p) {
        return workspace.user(p.getOrDefault("user", "")).map(u -> {
            ObjectNode res = ok();
            res.set("user", SlackPayloads.user(u, workspace.profile(u.id())));
            return res;
        }).orElseGet(() -> error("user_not_found"));
    }

    /** Every user, deactivated ones included, a page at a time as Slack pages it (limit, then next_cursor). */
    private ObjectNode usersList(Map<String, String> p) {
        int limit = parseInt(p.get("limit"), DEFAULT_PAGE);
        int start = blank(p.get("cursor")) ? 0 : decodeCursor(p.get("cursor"));
        if (start < 0) {
            return error("invalid_cursor");
        }
        List<Workspace.User> all = new ArrayList<>(workspace.users());
        ObjectNode res = ok().put("cache_ts", Instant.now().getEpochSecond());
        ArrayNode members = res.putArray("members");
        int end = Math.min(all.size(), start + Math.max(1, limit));
        for (Workspace.User u : all.subList(Math.min(start, all.size()), end)) {
            members.add(SlackPayloads.user(u, workspace.profile(u.id())));
        }
        res.putObject("response_metadata").put("next_cursor", end < all.size() ? encodeCursor(end) : "");
        return res;
    }

    private ObjectNode openView(Map<String, String> p) {
        String trigger = p.get("trigger_id");
        if (blank(trigger)) {
            return error("invalid_arguments");
        }
        Instant issued = triggers.get(trigger);
        if (issued != null && issued.plus(TRIGGER_LIFETIME).isBefore(Instant.now())) {
            return error("expired_trigger_id");
        }
        return view(p, workspace.newId('V'));
    }

    private ObjectNode updateView(Map<String, String> p) {
        String id = p.get("view_id");
        if (blank(id)) {
            return error("invalid_arguments");
        }
        if (!views.containsKey(id)) {
            return error("not_found");
        }
        return view(p, id);
    }

    private ObjectNode view(Map<String, String> p, String id) {
        JsonNode view;
        try {
            view = JSON.readTree(p.getOrDefault("view", ""));
        } catch (Exception e) {
            return error("invalid_arguments");
        }
        if (view == null || !view.isObject()) {
            return error("invalid_arguments");
        }
        ObjectNode res = ok();
        ObjectNode v = ((ObjectNode) view).deepCopy();
        v.put("id", id);
        views.put(id, v);
        res.set("view", v);
        return res;
    }

    private ObjectNode channelJson(Workspace.Channel c) {
        ObjectNode o = JSON.createObjectNode().put("id", c.id()).put("name", c.name())
                .put("is_channel", !c.isIm() && !c.isPrivate()).put("is_group", c.isPrivate() && !c.isIm())
                .put("is_im", c.isIm()).put("is_private", c.isPrivate()).put("is_archived", c.isArchived())
                .put("is_member", workspace.members(c.id()).contains(FakeSlack.BOT_USER_ID))
                .put("num_members", workspace.members(c.id()).size()).put("created", 1_600_000_000L);
        if (c.isIm()) {
            o.put("user", c.imUser());
        }
        return o;
    }

    /** Slack accepts a channel id, or a user id for the DM with that user. */
    private String resolveChannel(String channel) {
        if (blank(channel)) {
            return null;
        }
        if (channel.startsWith("U") && workspace.user(channel).isPresent()) {
            return workspace.imWith(channel).id();
        }
        return workspace.channel(channel).filter(c -> !c.isArchived()).map(Workspace.Channel::id).orElse(null);
    }

    private static Map<String, String> params(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("application/json")) {
            try {
                JsonNode node = JSON.readTree(ctx.body());
                node.fields().forEachRemaining(e -> params.put(e.getKey(),
                        e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
            } catch (Exception ignored) {
                // an unreadable body leaves the parameters empty; the method answers with its own error
            }
        } else {
            ctx.formParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        }
        ctx.queryParamMap().forEach((k, v) -> params.putIfAbsent(k, v.isEmpty() ? "" : v.get(0)));
        return params;
    }

    private static String token(Context ctx, Map<String, String> params) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return auth.substring("Bearer ".length()).trim();
        }
        return params.remove("token");
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    private static ObjectNode error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String encodeCursor(int offset) {
        return java.util.Base64.getEncoder().encodeToString(("offset:" + offset).getBytes());
    }

    private static int decodeCursor(String cursor) {
        try {
            String s = new String(java.util.Base64.getDecoder().decode(cursor));
            return s.startsWith("offset:") ? Integer.parseInt(s.substring(7)) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
