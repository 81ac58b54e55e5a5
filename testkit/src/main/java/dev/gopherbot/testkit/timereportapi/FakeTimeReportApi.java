package dev.gopherbot.testkit.timereportapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A time-report API over real HTTP on a free local port, by the small REST contract its client documents: create entries
 * (with an {@code Idempotency-Key}: a repeated key replays the first answer and changes nothing), list a user's month,
 * delete a day's entries, lock a month. It records every call ({@link #calls()}) and can be told to fail: the next N
 * calls with 500 ({@link #failNext}), every call with 503 ({@link #down()}), slowly ({@link #delayNext}), or after doing
 * the work ({@link #loseAnswersNext}: the change is stored, the answer is a 500, as when a response is lost).
 */
public final class FakeTimeReportApi implements AutoCloseable {
    public static final String TOKEN = "fake-time-report-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request the fake received and how it answered.
     *
     * @param replayed whether the answer was the stored answer to an earlier request with the same idempotency key
     */
    public record Call(String method, String path, String query, String idempotencyKey, String body, int status,
                       boolean replayed, Instant at) {
    }

    /** One stored entry. */
    public record Entry(String user, LocalDate date, String type, int hours) {
    }

    private record Stored(String fingerprint, Answer answer) {
    }

    private final Javalin server;
    private final String token;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final TimeReportLedger ledger = new TimeReportLedger();
    // the rest is guarded by this
    private final Map<String, Stored> idempotent = new HashMap<>();
    private int failing;
    private int losing;
    private int delaying;
    private Duration delay = Duration.ZERO;
    private boolean down;

    private FakeTimeReportApi(String token, int port) {
        this.token = token;
        this.server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.routes.post("/users/{user}/entries", ctx -> handle(ctx, true,
                    () -> ledger.create(ctx.pathParam("user"), body(ctx))));
            cfg.routes.get("/users/{user}/entries", ctx -> handle(ctx, false,
                    () -> ledger.list(ctx.pathParam("user"), ctx.queryParam("month"))));
            cfg.routes.delete("/users/{user}/entries/{date}", ctx -> handle(ctx, true,
                    () -> ledger.delete(ctx.pathParam("user"), ctx.pathParam("date"), ctx.queryParam("type"))));
            cfg.routes.put("/users/{user}/locks/{month}", ctx -> handle(ctx, true,
                    () -> ledger.lockCall(ctx.pathParam("user"), ctx.pathParam("month"))));
        }).start("127.0.0.1", port);
    }

    /**
     * Runs the fake on its own, to try a client by hand against it:
     * {@code java -cp simulator/target/simulator.jar dev.gopherbot.testkit.timereportapi.FakeTimeReportApi [port]}.
     */
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3100;
        FakeTimeReportApi api = start(TOKEN, port);
        Runtime.getRuntime().addShutdownHook(new Thread(api::close));
        System.out.println("fake time-report API at " + api.url() + ", bearer token " + TOKEN + "; Ctrl-C stops it");
    }

    public static FakeTimeReportApi start() {
        return start(TOKEN, 0);
    }

    /** On {@code port} (0: a free one), accepting only {@code Bearer <token>}. */
    public static FakeTimeReportApi start(String token, int port) {
        return new FakeTimeReportApi(token, port);
    }

    /** The base URL, ending in {@code /}: the paths of the contract are relative to it. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls with this HTTP method, e.g. {@code POST} for creates. */
    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Entry> entries(String user) {
        return ledger.entries(user);
    }

    /** Stores an entry as if it had been reported earlier. */
    public void seed(Entry entry) {
        ledger.seed(entry);
    }

    public Set<YearMonth> locks(String user) {
        return ledger.locks(user);
    }

    /** Locks a month directly, as an administrator of the time-report service would. */
    public void lock(String user, YearMonth month) {
        ledger.lock(user, month);
    }

    public void unlock(String user, YearMonth month) {
        ledger.unlock(user, month);
    }

    /** The next {@code n} calls answer 500 and change nothing. */
    public synchronized void failNext(int n) {
        failing = n;
    }

    /** The next {@code n} changes are stored, but answered with a 500, as if the answer was lost on the way. */
    public synchronized void loseAnswersNext(int n) {
        losing = n;
    }

    /** The next {@code n} calls take {@code delay} before they are handled (a client with a shorter timeout gives up). */
    public synchronized void delayNext(int n, Duration delay) {
        this.delaying = n;
        this.delay = delay;
    }

    /** Every call answers 503 until {@link #up()}. */
    public synchronized void down() {
        down = true;
    }

    public synchronized void up() {
        down = false;
    }

    private interface Operation {
        Answer run();
    }

    private void handle(Context ctx, boolean change, Operation operation) throws InterruptedException {
        String key = Objects.requireNonNullElse(ctx.header("Idempotency-Key"), "");
        Duration wait = Duration.ZERO;
        Answer answer = null;
        synchronized (this) {
            if (delaying > 0) {
                delaying--;
                wait = delay;
            }
        }
        if (!wait.isZero()) {
            Thread.sleep(wait);
        }
        boolean replayed = false;
        synchronized (this) {
            if (down) {
                answer = Answer.error(503, "service unavailable");
            } else if (failing > 0) {
                failing--;
                answer = Answer.error(500, "internal error");
            } else if (!("Bearer " + token).equals(ctx.header("Authorization"))) {
                answer = Answer.error(401, "invalid or missing bearer token");
            } else if (change && key.isEmpty()) {
                answer = Answer.error(400, "Idempotency-Key header required");
            } else {
                String fingerprint = ctx.method() + " " + ctx.path() + "?" + ctx.queryString() + " " + ctx.body();
                Stored earlier = change ? idempotent.get(key) : null;
                if (earlier != null) {
                    replayed = true;
                    answer = earlier.fingerprint().equals(fingerprint) ? earlier.answer()
                            : Answer.error(422, "Idempotency-Key reused for a different request");
                } else {
                    answer = operation.run();
                    if (change && answer.status() < 500) {
                        idempotent.put(key, new Stored(fingerprint, answer));
                    }
                    if (change && losing > 0 && answer.status() / 100 == 2) {
                        losing--;
                        answer = Answer.error(500, "internal error after the change was stored");
                    }
                }
            }
        }
        if (replayed) {
            ctx.header("Idempotent-Replayed", "true");
        }
        calls.add(new Call(ctx.method().name(), ctx.path(), Objects.requireNonNullElse(ctx.queryString(), ""), key,
                ctx.body(), answer.status(), replayed, Instant.now()));
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }

    private static JsonNode body(Context ctx) {
        try {
            String body = ctx.body();
            JsonNode node = body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
