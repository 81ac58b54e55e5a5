package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The Web API methods the apps call, answered from a {@link Workspace} with Slack's response shapes and errors, each
 * as the bot whose token the call carries (several apps, each its own bot, can share one fake). {@link #routes}
 * mounts it with everything around it: {@code /api/{method}}, the {@code response_url}s ({@link ResponseUrls}),
 * file uploads ({@link UploadedFiles}) and downloads ({@link HostedFiles}). Every call is recorded; failures can be
 * scripted.
 */
public final class SlackWebApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How long Slack accepts a {@code trigger_id} for {@code views.open}. */
    public static final Duration TRIGGER_LIFETIME = Views.TRIGGER_LIFETIME;

    private final Workspace workspace;
    private final Map<String, SlackBot> bots = new ConcurrentHashMap<>();
    // not a CopyOnWriteArrayList: that copies every recorded call on each new one, quadratic over a benchmark's 100,000
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Deque<Failure>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Failure> failingAlways = new ConcurrentHashMap<>();
    private final List<Consumer<Call>> listeners = new CopyOnWriteArrayList<>();
    private final Views views;
    private final HostedFiles files;
    private final UploadedFiles uploads = new UploadedFiles();
    private final ResponseUrls responseUrls;
    private final ChatMethods chat;
    private final DirectoryMethods directory;
    private volatile RandomFailures randomFailures;

    private record RandomFailures(double rateLimited, int retryAfterSeconds, double serverError, Random random) {
    }

    /** One bot, the workspace's first (the seeded workspace's gopherbot), answering to {@code botToken}. */
    public SlackWebApi(Workspace workspace, String botToken) {
        this(workspace, List.of((workspace.bots().isEmpty() ? FakeSlack.BOT : workspace.bots().getFirst())
                .withToken(botToken)));
    }

    /** Several bots, each answering to its own token; they join the workspace if they are not in it yet. */
    public SlackWebApi(Workspace workspace, List<SlackBot> bots) {
        this.workspace = workspace;
        this.views = new Views(workspace);
        this.files = new HostedFiles(this.bots::containsKey);
        this.responseUrls = new ResponseUrls(workspace);
        this.chat = new ChatMethods(workspace);
        this.directory = new DirectoryMethods(workspace);
        bots.forEach(this::addBot);
    }

    public void addBot(SlackBot bot) {
        workspace.addBot(bot);
        bots.put(bot.token(), bot);
    }

    /** The bots this API answers for, by app name. */
    public Map<String, SlackBot> bots() {
        Map<String, SlackBot> byApp = new LinkedHashMap<>();
        bots.values().forEach(b -> byApp.putIfAbsent(b.app(), b));
        return byApp;
    }

    /** Mounts the Web API, the response URLs and the file routes. */
    public void routes(RoutesConfig routes) {
        routes.post("/api/{method}", this::handle);
        routes.get("/api/{method}", this::handle);
        routes.post("/responses/{id}", responseUrls::handle);
        // where files.getUploadURLExternal tells a bot to send a file's bytes, and where the shared file is served
        routes.post("/upload/{id}", uploads::handle);
        routes.get("/files-up/{id}/{name}", ctx -> uploads.serve(ctx, bots::containsKey));
        routes.get("/files-pri/{id}/{name}", files::serve);
        routes.get("/signin", files::signIn);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Views views() {
        return views;
    }

    public HostedFiles files() {
        return files;
    }

    /** Files uploaded with {@code files.getUploadURLExternal} and {@code files.completeUploadExternal}. */
    public UploadedFiles uploads() {
        return uploads;
    }

    public ResponseUrls responseUrls() {
        return responseUrls;
    }

    /**
     * A trigger id as if a user acted at {@code issuedAt}; {@code views.open} refuses it with
     * {@code expired_trigger_id} after {@link #TRIGGER_LIFETIME}. Trigger ids the fake did not issue are accepted,
     * so tests that do not care about expiry can make up their own.
     */
    public String issueTrigger(Instant issuedAt) {
        return views.issueTrigger(issuedAt, null);
    }

    /** The view as last opened or updated, by view id. */
    public Optional<JsonNode> view(String viewId) {
        return views.view(viewId).map(Views.View::json);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
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
        SlackBot bot = token == null ? null : bots.get(token);
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
        } else if (bot == null) {
            body = error("invalid_auth");
        } else if (failure != null) {
            body = error(failure.error());
        } else {
            body = answer(method, params, bot, ctx.scheme() + "://" + ctx.host());
        }
        String err = body.path("ok").asBoolean() ? null : body.path("error").asText();
        Call call = new Call(method, Map.copyOf(params), status, status == 200 ? err : "http_" + status,
                receivedAt, bot == null ? null : bot.app());
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

    private ObjectNode answer(String method, Map<String, String> p, SlackBot bot, String base) {
        return switch (method) {
            case "auth.test" -> ok().put("url", "https://gophers.example.slack.com/").put("team", "Gophers")
                    .put("user", bot.app()).put("team_id", SlackPayloads.TEAM_ID).put("user_id", bot.userId())
                    .put("bot_id", bot.botId()).put("is_enterprise_install", false);
            case "chat.postMessage" -> chat.postMessage(p, bot);
            case "chat.postEphemeral" -> chat.postEphemeral(p, bot);
            case "chat.update" -> chat.update(p, bot);
            case "chat.delete" -> chat.delete(p, bot);
            case "reactions.add" -> chat.react(p, bot);
            case "conversations.open" -> directory.open(p, bot);
            case "conversations.list" -> directory.list(p, bot);
            case "conversations.info" -> directory.info(p, bot);
            case "conversations.members" -> directory.members(p);
            case "users.info" -> directory.userInfo(p);
            case "users.list" -> directory.userList(p);
            case "views.open" -> views.open(p, bot);
            case "views.push" -> views.push(p, bot);
            case "views.update" -> views.update(p, bot);
            case "views.publish" -> views.publish(p, bot);
            case "files.getUploadURLExternal" -> uploadUrl(p, bot, base);
            case "files.completeUploadExternal" -> completeUpload(p, bot, base);
            default -> error("unknown_method");
        };
    }

    private ObjectNode uploadUrl(Map<String, String> p, SlackBot bot, String base) {
        String filename = p.get("filename");
        long length = parseInt(p.get("length"), -1);
        if (blank(filename) || length < 0) {
            return error("invalid_arguments");
        }
        String id = uploads.issue(filename, length, bot.app());
        return ok().put("upload_url", base + "/upload/" + id).put("file_id", id);
    }

    /** Shares uploaded files; with {@code channel_id} a message of the bot carrying them appears in that channel. */
    private ObjectNode completeUpload(Map<String, String> p, SlackBot bot, String base) {
        JsonNode wanted;
        try {
            wanted = JSON.readTree(p.getOrDefault("files", ""));
        } catch (Exception e) {
            return error("invalid_arguments");
        }
        if (wanted == null || !wanted.isArray() || wanted.isEmpty()) {
            return error("invalid_arguments");
        }
        if (!chat.channelExists(p, bot)) {
            return error("channel_not_found");
        }
        ObjectNode res = ok();
        ArrayNode shared = res.putArray("files");
        String channel = chat.channelOf(p, bot);
        for (JsonNode f : wanted) {
            String id = f.path("id").asText("");
            Optional<String> refused = uploads.complete(id, f.path("title").asText(null), channel,
                    p.get("initial_comment"), bot.app());
            if (refused.isPresent()) {
                return error(refused.get());
            }
            shared.add(uploads.json(uploads.file(id).orElseThrow(), base));
        }
        if (channel != null) {
            chat.shareFiles(p, bot, channel, shared);
        }
        return res;
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

    static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    static ObjectNode error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
