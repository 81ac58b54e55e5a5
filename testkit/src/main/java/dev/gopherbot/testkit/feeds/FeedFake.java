package dev.gopherbot.testkit.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feed APIs over real HTTP on a free port, answering from recorded fixtures the test can extend: Gerrit
 * ({@code GET /changes/}, with its {@code )]}'} prefix), the Go Time live status and countdown, a Mastodon
 * account's statuses (honouring {@code since_id} and {@code limit}), and the Go download index
 * ({@code GET /dl/?mode=json&include=all}, every release newest first, as go.dev serves it). Every request is recorded with the instance
 * named in its User-Agent; failures can be scripted per path.
 */
public final class FeedFake implements AutoCloseable {
    public static final String GERRIT_PATH = "/changes/";
    public static final String STATUS_PATH = "/live/status";
    public static final String COUNTDOWN_PATH = "/slack/countdown/gotime";
    public static final String ACCOUNT_ID = "109349735213354404";
    public static final String STATUSES_PATH = "/api/v1/accounts/" + ACCOUNT_ID + "/statuses";
    public static final String GO_DOWNLOADS_PATH = "/dl/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INSTANCE = Pattern.compile("instance ([^)]+)\\)");
    private static final DateTimeFormatter GERRIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS")
            .withZone(ZoneOffset.UTC);

    /** One request the fake answered. */
    public record Request(String path, Map<String, List<String>> query, String instance, long atNanos) {
        public String param(String name) {
            List<String> v = query.get(name);
            return v == null || v.isEmpty() ? null : v.getFirst();
        }
    }

    private record Failure(int status, int retryAfterSeconds) {
    }

    private final Javalin server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private volatile ArrayNode gerritChanges = JSON.createArrayNode();
    private volatile String goTimeStatus = Fixtures.text("gotime/status-idle.json");
    private volatile String goTimeCountdown = Fixtures.text("gotime/countdown-none.json");
    private volatile ArrayNode mastodonStatuses = JSON.createArrayNode();
    private volatile ArrayNode goReleases = JSON.createArrayNode();

    private FeedFake() {
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.routes.get(GERRIT_PATH, ctx -> answer(ctx, () -> ")]}'\n" + gerrit(ctx)));
            cfg.routes.get(STATUS_PATH, ctx -> answer(ctx, () -> goTimeStatus));
            cfg.routes.get(COUNTDOWN_PATH, ctx -> answer(ctx, () -> goTimeCountdown));
            cfg.routes.get("/api/v1/accounts/{id}/statuses", ctx -> answer(ctx, () -> statuses(ctx)));
            cfg.routes.get(GO_DOWNLOADS_PATH, ctx -> answer(ctx, () -> goDownloads(ctx)));
        }).start("127.0.0.1", 0);
    }

    public static FeedFake start() {
        return new FeedFake();
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    // ---- Gerrit

    /** Serves the recorded changes (newest first, as Gerrit sorts them). */
    public void gerritChanges(JsonNode changes) {
        gerritChanges = (ArrayNode) changes.deepCopy();
    }

    /** A merged change shaped like the first recorded one. */
    public static ObjectNode gerritChange(long number, String project, String subject, Instant submitted) {
        ObjectNode c = ((ObjectNode) Fixtures.json("gerrit/changes.json").get(0)).deepCopy();
        String time = GERRIT_TIME.format(submitted);
        return c.put("_number", number).put("project", project).put("subject", subject).put("submitted", time)
                .put("updated", time).put("id", project + "~master~I" + number).put("change_id", "I" + number);
    }

    /** Adds changes on top of the list in one step (the first given ends up first, as most recently updated). */
    public void mergeGerrit(ObjectNode... newestFirst) {
        ArrayNode next = JSON.createArrayNode();
        for (ObjectNode c : newestFirst) {
            next.add(c);
        }
        next.addAll(gerritChanges);
        gerritChanges = next;
    }

    public void mergeGerritChange(long number, String project, String subject, Instant submitted) {
        mergeGerrit(gerritChange(number, project, subject, submitted));
    }

    private String gerrit(Context ctx) {
        int n = parseInt(ctx.queryParam("n"), 25);
        ArrayNode page = JSON.createArrayNode();
        for (int i = 0; i < Math.min(n, gerritChanges.size()); i++) {
            page.add(gerritChanges.get(i));
        }
        return page.toString();
    }

    // ---- Go Time

    public void goTime(String statusFixture, String countdownJson) {
        goTimeStatus = Fixtures.text(statusFixture);
        goTimeCountdown = countdownJson;
    }

    // ---- Mastodon

    public void mastodonStatuses(JsonNode statuses) {
        mastodonStatuses = (ArrayNode) statuses.deepCopy();
    }

    /** Adds a post on top, shaped like the first recorded one. */
    public void postMastodonStatus(String id, Instant createdAt) {
        ObjectNode s = ((ObjectNode) Fixtures.json("mastodon/statuses.json").get(0)).deepCopy();
        s.put("id", id).put("created_at", createdAt.toString())
                .put("url", "https://changelog.social/@gotime/" + id)
                .put("uri", "https://changelog.social/users/gotime/statuses/" + id);
        ArrayNode next = JSON.createArrayNode().add(s);
        next.addAll(mastodonStatuses);
        mastodonStatuses = next;
    }

    private String statuses(Context ctx) {
        if (!ACCOUNT_ID.equals(ctx.pathParam("id"))) {
            ctx.status(404);
            return "{\"error\":\"Record not found\"}";
        }
        String since = ctx.queryParam("since_id");
        int limit = parseInt(ctx.queryParam("limit"), 20);
        ArrayNode page = JSON.createArrayNode();
        for (JsonNode s : mastodonStatuses) {
            if (page.size() < limit && (since == null
                    || new BigInteger(s.get("id").asText()).compareTo(new BigInteger(since)) > 0)) {
                page.add(s);
            }
        }
        return page.toString();
    }

    // ---- the Go download index

    /** Serves these releases (e.g. {@code go1.24rc1}), newest first, each with one file as go.dev lists it. */
    public void goReleases(String... newestFirst) {
        ArrayNode next = JSON.createArrayNode();
        for (String version : newestFirst) {
            next.add(goRelease(version));
        }
        goReleases = next;
    }

    /** Adds a release on top of the index. */
    public void releaseGo(String version) {
        ArrayNode next = JSON.createArrayNode().add(goRelease(version));
        next.addAll(goReleases);
        goReleases = next;
    }

    private static ObjectNode goRelease(String version) {
        ObjectNode release = JSON.createObjectNode().put("version", version)
                .put("stable", !version.contains("rc") && !version.contains("beta"));
        release.putArray("files").addObject().put("filename", version + ".linux-amd64.tar.gz").put("os", "linux")
                .put("arch", "amd64").put("version", version).put("kind", "archive").put("size", 75_000_000);
        return release;
    }

    /** Without {@code include=all}, go.dev lists only the two supported stable releases. */
    private String goDownloads(Context ctx) {
        if ("all".equals(ctx.queryParam("include"))) {
            return goReleases.toString();
        }
        ArrayNode supported = JSON.createArrayNode();
        for (JsonNode r : goReleases) {
            if (r.path("stable").asBoolean() && supported.size() < 2) {
                supported.add(r);
            }
        }
        return supported.toString();
    }

    // ---- requests and failures

    /** The next request to {@code path} fails with this status (queue several to fail several times). */
    public void failNext(String path, int status, int retryAfterSeconds) {
        failures.computeIfAbsent(path, k -> new ArrayDeque<>()).add(new Failure(status, retryAfterSeconds));
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private interface Body {
        String get() throws Exception;
    }

    private void answer(Context ctx, Body body) throws Exception {
        Matcher m = INSTANCE.matcher(ctx.header("User-Agent") == null ? "" : ctx.header("User-Agent"));
        requests.add(new Request(ctx.path(), ctx.queryParamMap(), m.find() ? m.group(1) : "?", System.nanoTime()));
        Deque<Failure> queue = failures.get(ctx.path());
        Failure f = queue == null ? null : queue.poll();
        if (f != null) {
            if (f.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Integer.toString(f.retryAfterSeconds()));
            }
            ctx.status(f.status()).contentType("application/json").result("{\"error\":\"scripted failure\"}");
            return;
        }
        ctx.contentType("application/json; charset=utf-8").result(body.get());
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
