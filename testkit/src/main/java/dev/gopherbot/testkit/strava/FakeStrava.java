package dev.gopherbot.testkit.strava;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A fake Strava over real HTTP on a free local port: OAuth ({@link #oauthUrl()}, for {@code STRAVA_OAUTH_URL}), the
 * API ({@link #apiUrl()}, for {@code STRAVA_API_URL}) and the webhook sender that pushes events to the subscribed
 * callback. Athletes are added with {@link #addAthlete}; an athlete "records" an activity with {@link #record}, which
 * stores it and delivers the {@code create} event. Every request is recorded ({@link #calls(String)}); failures are
 * scripted with {@link #failNext(String, int)}.
 */
public final class FakeStrava implements AutoCloseable {
    public static final String CLIENT_ID = "4242";
    public static final String CLIENT_SECRET = "fake-strava-client-secret";

    public record Athlete(long id, String firstname, String lastname) {
    }

    /**
     * One webhook delivery and how the callback answered.
     *
     * @param took how long the callback took to answer (Strava waits two seconds)
     */
    public record Delivery(String body, int status, Duration took) {
    }

    private final Javalin server;
    private final StravaOAuth oauth;
    private final StravaApi api;
    private final Map<Long, Athlete> athletes = new ConcurrentHashMap<>();
    private final Queue<StravaCall> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private FakeStrava(int port) {
        this.oauth = new StravaOAuth(this);
        this.api = new StravaApi(oauth);
        this.server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.routes.get("/oauth/authorize", ctx -> serve(ctx, "authorize", p -> oauth.authorize(ctx, p)));
            cfg.routes.post("/oauth/token", ctx -> serve(ctx, "token", p -> oauth.token(ctx, p)));
            cfg.routes.post("/oauth/deauthorize", ctx -> serve(ctx, "deauthorize",
                    p -> oauth.deauthorize(ctx, p, bearer(ctx))));
            cfg.routes.get("/api/v3/activities/{id}", ctx -> serve(ctx, "activity",
                    p -> api.activity(ctx, bearer(ctx))));
            cfg.routes.get("/api/v3/push_subscriptions", ctx -> serve(ctx, "push_subscriptions",
                    p -> api.subscriptions(ctx, p)));
            cfg.routes.post("/api/v3/push_subscriptions", ctx -> serve(ctx, "push_subscriptions",
                    p -> api.subscriptions(ctx, p)));
            cfg.routes.delete("/api/v3/push_subscriptions/{id}", ctx -> serve(ctx, "push_subscriptions",
                    p -> api.subscriptions(ctx, p)));
            // not Strava's: for a person trying the app locally, "record" an activity as the signed-in athlete
            cfg.routes.post("/sim/record", this::recordForSignedIn);
        }).start("127.0.0.1", port);
    }

    public static FakeStrava start() {
        return start(0);
    }

    public static FakeStrava start(int port) {
        return new FakeStrava(port);
    }

    /** The OAuth base, ending in {@code /}, as {@code STRAVA_OAUTH_URL} expects. */
    public String oauthUrl() {
        return "http://127.0.0.1:" + server.port() + "/oauth/";
    }

    /** The API base, ending in {@code /}, as {@code STRAVA_API_URL} expects. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/v3/";
    }

    public Athlete addAthlete(long id, String firstname, String lastname) {
        Athlete athlete = new Athlete(id, firstname, lastname);
        athletes.put(id, athlete);
        return athlete;
    }

    Athlete athlete(long id) {
        Athlete a = athletes.get(id);
        if (a == null) {
            throw new IllegalStateException("no athlete " + id + ": add it with addAthlete first");
        }
        return a;
    }

    /**
     * The code Strava would put in the redirect to the app's callback once {@code athleteId} approved {@code scope}
     * (for tests that play the browser themselves); single-use.
     */
    public String approve(long athleteId, String scope) {
        athlete(athleteId);
        return oauth.approve(athleteId, scope);
    }

    /** The athlete {@code GET /oauth/authorize} approves for (a browser signed in at Strava). */
    public void signIn(long athleteId) {
        athlete(athleteId);
        oauth.signIn(athleteId);
    }

    /** How long access tokens issued from now on live (Strava: six hours). */
    public void tokenLifetime(Duration lifetime) {
        oauth.tokenLifetime(lifetime);
    }

    /** Whether the athlete still has a refresh token that works (false once deauthorized). */
    public boolean isAuthorized(long athleteId) {
        return oauth.hasValidRefreshToken(athleteId);
    }

    /** The 15-minute and daily limits reported in {@code X-RateLimit-Limit}. */
    public void rateLimits(long shortLimit, long dailyLimit) {
        api.limits(shortLimit, dailyLimit);
    }

    /** Sets the usage reported in {@code X-RateLimit-Usage}, e.g. a window starting again. */
    public void rateLimitUsage(long shortUsage, long dailyUsage) {
        api.usage(shortUsage, dailyUsage);
    }

    /** Events go to {@code callbackUrl} from now on, as after a successful push subscription. */
    public void subscribe(URI callbackUrl) {
        api.subscribe(callbackUrl);
    }

    /** Where events go, once subscribed (through the API, or {@link #subscribe}). */
    public java.util.Optional<URI> callbackUrl() {
        return api.subscription().map(StravaApi.Subscription::callbackUrl);
    }

    /** The activity exists at Strava, without any event sent (as before the app subscribed). */
    public void store(FakeActivity activity) {
        api.put(activity);
    }

    /** The athlete uploads an activity: stored, and the {@code create} event delivered. */
    public Delivery record(FakeActivity activity) {
        api.put(activity);
        return deliver(StravaEvents.activity(activity.id(), activity.athleteId(), "create", Map.of()));
    }

    /** The athlete edits it ({@code updates} as Strava reports them, e.g. {@code title}); the event delivered. */
    public Delivery update(FakeActivity activity, Map<String, String> updates) {
        api.put(activity);
        return deliver(StravaEvents.activity(activity.id(), activity.athleteId(), "update", updates));
    }

    /** The athlete deletes it; the {@code delete} event delivered. */
    public Delivery delete(FakeActivity activity) {
        api.remove(activity.id());
        return deliver(StravaEvents.activity(activity.id(), activity.athleteId(), "delete", Map.of()));
    }

    /** The athlete revokes the app in Strava's settings: tokens stop working, the athlete event is delivered. */
    public Delivery revoke(long athleteId) {
        oauth.revokeAll(athleteId);
        return deliver(StravaEvents.deauthorization(athleteId));
    }

    private void recordForSignedIn(Context ctx) {
        Map<String, String> p = params(ctx);
        long athlete = oauth.signedIn();
        if (athlete == 0 || callbackUrl().isEmpty()) {
            StravaOAuth.answer(ctx, 409, StravaJson.fault("Conflict", "Simulator", "state",
                    athlete == 0 ? "no athlete signed in" : "no push subscription yet"));
            return;
        }
        FakeActivity activity = new FakeActivity(System.currentTimeMillis(), athlete,
                p.getOrDefault("name", "Lunch Run"), p.getOrDefault("sport", "Run"),
                Double.parseDouble(p.getOrDefault("distance_m", "5000")),
                Integer.parseInt(p.getOrDefault("moving_s", "1500")),
                Double.parseDouble(p.getOrDefault("elevation_m", "25")), Instant.now(), "everyone");
        Delivery d = record(activity);
        StravaOAuth.answer(ctx, 200, "{\"activity_id\":" + activity.id() + ",\"callback_status\":" + d.status()
                + "}");
    }

    /** Posts an event body to the subscribed callback as Strava does, e.g. one delivered before, again. */
    public Delivery deliver(String body) {
        URI callback = callbackUrl().orElseThrow(() -> new IllegalStateException("no push subscription"));
        long start = System.nanoTime();
        try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Delivery(body, res.statusCode(), Duration.ofNanos(System.nanoTime() - start));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the callback did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next request to {@code endpoint} (see {@link StravaCall#endpoint()}) is answered {@code status}. */
    public void failNext(String endpoint, int status) {
        failures.computeIfAbsent(endpoint, k -> new ArrayDeque<>()).add(status);
    }

    public List<StravaCall> calls() {
        return List.copyOf(calls);
    }

    /** Every request to {@code endpoint}, answered or refused. */
    public List<StravaCall> calls(String endpoint) {
        return calls.stream().filter(c -> c.endpoint().equals(endpoint)).toList();
    }

    public void clearCalls() {
        calls.clear();
    }

    @FunctionalInterface
    private interface Endpoint {
        int handle(Map<String, String> params) throws Exception;
    }

    private void serve(Context ctx, String endpoint, Endpoint handler) throws Exception {
        Instant received = Instant.now();
        Map<String, String> params = params(ctx);
        Integer failure = nextFailure(endpoint);
        int status;
        if (failure != null) {
            status = StravaOAuth.answer(ctx, failure, StravaJson.fault("Scripted failure", "Fake", endpoint,
                    "failed"));
        } else {
            status = handler.handle(params);
        }
        calls.add(new StravaCall(endpoint, ctx.method().name(), ctx.path(), Map.copyOf(params), bearer(ctx),
                status, received));
    }

    private Integer nextFailure(String endpoint) {
        Deque<Integer> queue = failures.get(endpoint);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    /** Query parameters, then form parameters of the body (Strava takes either). */
    private static Map<String, String> params(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, v.getFirst()));
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : ctx.body().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return params;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
