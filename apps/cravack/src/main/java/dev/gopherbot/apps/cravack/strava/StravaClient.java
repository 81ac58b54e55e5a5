package dev.gopherbot.apps.cravack.strava;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.apps.cravack.config.CravackSettings;
import dev.gopherbot.common.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Strava's OAuth and API endpoints, as the app uses them. API calls pass the {@link StravaRateLimit} first; failures
 * arrive as {@link StravaException}s typed by what to do next. Tokens travel in form bodies and headers only, never in
 * a URL, so no proxy or access log sees them.
 */
public final class StravaClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A push subscription: where Strava sends the application's events. */
    public record Subscription(long id, String callbackUrl) {
    }

    private final HttpClient http;
    private final CravackSettings settings;
    private final StravaRateLimit limit;
    private final Clock clock;

    public StravaClient(HttpClient http, CravackSettings settings, StravaRateLimit limit, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.limit = limit;
        this.clock = clock;
    }

    /** The authorization code from the redirect, for the athlete's first tokens. */
    public TokenGrant exchange(String code) throws StravaException {
        JsonNode n = send("token", post(settings.oauthUrl().resolve("token"), client(Map.of(
                "code", code, "grant_type", "authorization_code"))), false);
        JsonNode athlete = n.path("athlete");
        String name = (athlete.path("firstname").asText("") + " " + athlete.path("lastname").asText("")).strip();
        return grant(n, athlete.path("id").asLong(0), name);
    }

    /** New tokens for an athlete; the refresh token given is used up (Strava answers a new one). */
    public TokenGrant refresh(Secret refreshToken) throws StravaException {
        return grant(send("token", post(settings.oauthUrl().resolve("token"), client(Map.of(
                "refresh_token", refreshToken.reveal(), "grant_type", "refresh_token"))), false), 0, "");
    }

    /** Revokes the app's access for the athlete whose token this is; every token of theirs stops working. */
    public void deauthorize(Secret accessToken) throws StravaException {
        send("deauthorize", post(settings.oauthUrl().resolve("deauthorize"),
                Map.of("access_token", accessToken.reveal())), false);
    }

    /** The activity as the athlete's token sees it; empty when Strava has none to show (deleted, or private). */
    public Optional<Activity> activity(long id, Secret accessToken) throws StravaException {
        HttpRequest request = HttpRequest.newBuilder(settings.apiUrl().resolve("activities/" + id)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken.reveal()).GET().build();
        Optional<JsonNode> found = sendUnlessMissing("activity", request, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode n = found.get();
        String sport = n.path("sport_type").asText("");
        return Optional.of(new Activity(n.path("id").asLong(), n.path("athlete").path("id").asLong(),
                n.path("name").asText(""), sport.isEmpty() ? n.path("type").asText("Workout") : sport,
                n.path("distance").asDouble(0), n.path("moving_time").asLong(0),
                n.path("total_elevation_gain").asDouble(0),
                n.path("private").asBoolean(false) || "only_me".equals(n.path("visibility").asText(""))));
    }

    public List<Subscription> subscriptions() throws StravaException {
        URI uri = withQuery(settings.apiUrl().resolve("push_subscriptions"), client(Map.of()));
        JsonNode n = send("push_subscriptions", HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), true);
        List<Subscription> all = new ArrayList<>();
        n.forEach(s -> all.add(new Subscription(s.path("id").asLong(), s.path("callback_url").asText(""))));
        return all;
    }

    /** Asks Strava to send events to {@code callbackUrl}; Strava validates it with a GET before answering. */
    public long subscribe(URI callbackUrl, Secret verifyToken) throws StravaException {
        // Strava's GET to the callback must be answered within 2 s; the whole exchange takes longer
        HttpRequest request = HttpRequest.newBuilder(settings.apiUrl().resolve("push_subscriptions"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(client(Map.of("callback_url",
                        callbackUrl.toString(), "verify_token", verifyToken.reveal()))))).build();
        return send("push_subscriptions", request, true).path("id").asLong();
    }

    public void unsubscribe(long id) throws StravaException {
        URI uri = withQuery(settings.apiUrl().resolve("push_subscriptions/" + id), client(Map.of()));
        send("push_subscriptions", HttpRequest.newBuilder(uri).timeout(TIMEOUT).DELETE().build(), true);
    }

    private JsonNode send(String endpoint, HttpRequest request, boolean gated) throws StravaException {
        Optional<JsonNode> body = sendUnlessMissing(endpoint, request, gated);
        if (body.isEmpty()) {
            throw new StravaException(StravaException.Kind.REFUSED, "Strava " + endpoint + " answered 404");
        }
        return body.get();
    }

    /** Sends; empty on a 404 (for the callers to whom that means "nothing there"). */
    private Optional<JsonNode> sendUnlessMissing(String endpoint, HttpRequest request, boolean gated)
            throws StravaException {
        if (gated) {
            Optional<Instant> closed = limit.closedUntil(clock.instant());
            if (closed.isPresent()) {
                throw new StravaException(StravaException.Kind.RATE_LIMITED, "Strava's rate limit is reached until "
                        + closed.get() + "; " + endpoint + " not sent", closed.get());
            }
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StravaException(StravaException.Kind.UNAVAILABLE, "Strava " + endpoint + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StravaException(StravaException.Kind.UNAVAILABLE, "Strava " + endpoint + ": interrupted");
        }
        Instant now = clock.instant();
        limit.observe(response.headers(), now);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Optional.of(body(response.body()));
        }
        String what = "Strava " + endpoint + " answered " + status + reason(response.body());
        if (status == 429) {
            limit.exhausted(now);
            throw new StravaException(StravaException.Kind.RATE_LIMITED, what,
                    limit.closedUntil(now).orElse(now.plus(StravaRateLimit.WINDOW)));
        }
        if (status == 404) {
            return Optional.empty();
        }
        if (status >= 500) {
            throw new StravaException(StravaException.Kind.UNAVAILABLE, what);
        }
        throw new StravaException(status == 401 ? StravaException.Kind.UNAUTHORIZED : StravaException.Kind.REFUSED,
                what);
    }

    private TokenGrant grant(JsonNode n, long athleteId, String name) throws StravaException {
        String access = n.path("access_token").asText("");
        String refresh = n.path("refresh_token").asText("");
        long expires = n.path("expires_at").asLong(0);
        if (access.isEmpty() || refresh.isEmpty() || expires == 0) {
            throw new StravaException(StravaException.Kind.UNAVAILABLE, "Strava token answered without tokens");
        }
        return new TokenGrant(new Secret(access), new Secret(refresh), Instant.ofEpochSecond(expires), athleteId,
                name);
    }

    private Map<String, String> client(Map<String, String> more) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", settings.clientId());
        params.put("client_secret", settings.clientSecret().reveal());
        params.putAll(more);
        return params;
    }

    private static HttpRequest post(URI uri, Map<String, String> params) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build();
    }

    /** Strava's subscription endpoints take the client's credentials in the query, for GET and DELETE. */
    private static URI withQuery(URI uri, Map<String, String> params) {
        return URI.create(uri + "?" + form(params));
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode body(String text) throws StravaException {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new StravaException(StravaException.Kind.UNAVAILABLE, "Strava answered something not JSON");
        }
    }

    /** Strava's own words ({@code message}, and the first error's field and code); nothing else of the body. */
    private static String reason(String text) {
        try {
            JsonNode n = JSON.readTree(text == null ? "" : text);
            if (n == null || !n.isObject()) {
                return "";
            }
            JsonNode first = n.path("errors").path(0);
            String detail = first.isMissingNode() ? "" : " (" + first.path("field").asText("") + " "
                    + first.path("code").asText("") + ")";
            String reason = ": " + n.path("message").asText("") + detail;
            return reason.length() > 160 ? reason.substring(0, 160) : reason;
        } catch (IOException e) {
            return "";
        }
    }
}
