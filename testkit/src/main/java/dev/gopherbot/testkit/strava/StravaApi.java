package dev.gopherbot.testkit.strava;

import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strava's API v3 as the fake serves it: {@code GET /api/v3/activities/{id}} for the owner's token (a private
 * activity only with {@code activity:read_all}), and the push subscription endpoints, whose {@code POST} validates the
 * callback with a GET carrying {@code hub.challenge} as Strava does. Every API answer carries
 * {@code X-RateLimit-Limit} and {@code X-RateLimit-Usage}; past a limit the answer is 429, and the request still
 * counts, as at Strava.
 */
final class StravaApi {
    /** The push subscription the fake delivers events to. */
    record Subscription(long id, URI callbackUrl, String verifyToken) {
    }

    private final StravaOAuth oauth;
    private final Map<Long, FakeActivity> activities = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Subscription subscription;
    private long shortLimit = 100;
    private long dailyLimit = 1000;
    private long shortUsage;
    private long dailyUsage;

    StravaApi(StravaOAuth oauth) {
        this.oauth = oauth;
    }

    void put(FakeActivity activity) {
        activities.put(activity.id(), activity);
    }

    void remove(long activityId) {
        activities.remove(activityId);
    }

    Optional<Subscription> subscription() {
        return Optional.ofNullable(subscription);
    }

    void subscribe(URI callbackUrl) {
        subscription = new Subscription(1, callbackUrl, "");
    }

    synchronized void limits(long shortLimit, long dailyLimit) {
        this.shortLimit = shortLimit;
        this.dailyLimit = dailyLimit;
    }

    synchronized void usage(long shortUsage, long dailyUsage) {
        this.shortUsage = shortUsage;
        this.dailyUsage = dailyUsage;
    }

    /** Counts the request and sets the headers; false when it is over a limit (then answered 429). */
    private boolean countAndAdmit(Context ctx) {
        boolean admitted;
        synchronized (this) {
            shortUsage++;
            dailyUsage++;
            admitted = shortUsage <= shortLimit && dailyUsage <= dailyLimit;
            ctx.header("X-RateLimit-Limit", shortLimit + "," + dailyLimit)
                    .header("X-RateLimit-Usage", shortUsage + "," + dailyUsage);
        }
        if (!admitted) {
            StravaOAuth.answer(ctx, 429, StravaJson.fault("Rate Limit Exceeded", "Application", "rate limit",
                    "exceeded"));
        }
        return admitted;
    }

    int activity(Context ctx, String bearer) {
        if (!countAndAdmit(ctx)) {
            return 429;
        }
        Optional<StravaOAuth.Grant> grant = oauth.grantOf(bearer);
        if (grant.isEmpty()) {
            return StravaOAuth.answer(ctx, 401, StravaJson.fault("Authorization Error", "Athlete", "access_token",
                    "invalid"));
        }
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            return StravaOAuth.answer(ctx, 404, StravaJson.fault("Record Not Found", "Activity", "id", "invalid"));
        }
        FakeActivity activity = activities.get(id);
        boolean visible = activity != null && activity.athleteId() == grant.get().athleteId()
                && (!activity.isPrivate() || grant.get().scope().contains("activity:read_all"));
        if (!visible || !grant.get().scope().contains("activity:read")) {
            return StravaOAuth.answer(ctx, 404, StravaJson.fault("Record Not Found", "Activity", "id", "invalid"));
        }
        return StravaOAuth.answer(ctx, 200, activity.json());
    }

    int subscriptions(Context ctx, Map<String, String> p) {
        if (!FakeStrava.CLIENT_ID.equals(p.get("client_id"))
                || !FakeStrava.CLIENT_SECRET.equals(p.get("client_secret"))) {
            return StravaOAuth.answer(ctx, 401, StravaJson.fault("Authorization Error", "Application", "client_id",
                    "invalid"));
        }
        Subscription current = subscription;
        return switch (ctx.method().name()) {
            case "GET" -> StravaOAuth.answer(ctx, 200, current == null ? "[]" : "[" + json(current) + "]");
            case "DELETE" -> {
                if (current == null || !ctx.pathParamMap().getOrDefault("id", "").equals(Long.toString(current.id()))) {
                    yield StravaOAuth.answer(ctx, 404, StravaJson.fault("Record Not Found", "PushSubscription", "id",
                            "invalid"));
                }
                subscription = null;
                ctx.status(204);
                yield 204;
            }
            default -> create(ctx, p, current);
        };
    }

    private int create(Context ctx, Map<String, String> p, Subscription current) {
        if (current != null) {
            return StravaOAuth.answer(ctx, 400, StravaJson.fault("Bad Request", "PushSubscription", "callback url",
                    "already exists"));
        }
        URI callback;
        try {
            callback = URI.create(p.getOrDefault("callback_url", ""));
        } catch (IllegalArgumentException e) {
            return StravaOAuth.answer(ctx, 400, StravaJson.fault("Bad Request", "PushSubscription", "callback url",
                    "invalid"));
        }
        String verifyToken = p.getOrDefault("verify_token", "");
        if (!validates(callback, verifyToken)) {
            return StravaOAuth.answer(ctx, 400, StravaJson.fault("Bad Request", "PushSubscription", "callback url",
                    "GET to callback URL does not return 200"));
        }
        Subscription created = new Subscription(System.currentTimeMillis() % 100_000 + 1, callback, verifyToken);
        subscription = created;
        return StravaOAuth.answer(ctx, 201, "{\"id\":" + created.id() + "}");
    }

    /** The handshake: the callback must answer 200 with the challenge echoed as JSON, within 2 s. */
    private boolean validates(URI callback, String verifyToken) {
        String challenge = UUID.randomUUID().toString().replace("-", "");
        String query = "hub.mode=subscribe&hub.challenge=" + challenge + "&hub.verify_token="
                + FakeStrava.encode(verifyToken);
        URI uri = URI.create(callback + (callback.getRawQuery() == null ? "?" : "&") + query);
        try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return res.statusCode() == 200 && challenge.equals(
                    StravaJson.MAPPER.readTree(res.body()).path("hub.challenge").asText(null));
        } catch (Exception e) {
            return false;
        }
    }

    private static String json(Subscription s) {
        return "{\"id\":" + s.id() + ",\"resource_state\":2,\"application_id\":" + FakeStrava.CLIENT_ID
                + ",\"callback_url\":" + StravaJson.quote(s.callbackUrl().toString()) + "}";
    }
}
