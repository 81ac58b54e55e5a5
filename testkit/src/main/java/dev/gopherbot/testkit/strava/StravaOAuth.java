package dev.gopherbot.testkit.strava;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strava's OAuth endpoints as the fake serves them: {@code GET /oauth/authorize} (an athlete already signed in who
 * approves at once), {@code POST /oauth/token} (code exchange and refresh, refresh tokens rotating: the old one stops
 * working) and {@code POST /oauth/deauthorize} (every token of the athlete revoked). Codes are single-use.
 */
final class StravaOAuth {
    /** What a token carries: whose it is, and what the athlete granted. */
    record Grant(long athleteId, String scope) {
    }

    private record Access(Grant grant, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final FakeStrava strava;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private volatile Duration tokenLifetime = Duration.ofHours(6);
    private volatile long signedIn;

    StravaOAuth(FakeStrava strava) {
        this.strava = strava;
    }

    /** What Strava puts in the redirect when {@code athleteId} approves {@code scope}. */
    String approve(long athleteId, String scope) {
        String code = token();
        codes.put(code, new Grant(athleteId, scope));
        return code;
    }

    void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }

    void signIn(long athleteId) {
        this.signedIn = athleteId;
    }

    long signedIn() {
        return signedIn;
    }

    /** The grant behind a valid, unexpired access token. */
    Optional<Grant> grantOf(String accessToken) {
        Access access = accessToken == null ? null : accessTokens.get(accessToken);
        if (access == null || !Instant.now().isBefore(access.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(access.grant());
    }

    boolean hasValidRefreshToken(long athleteId) {
        return refreshTokens.values().stream().anyMatch(g -> g.athleteId() == athleteId);
    }

    void revokeAll(long athleteId) {
        accessTokens.values().removeIf(a -> a.grant().athleteId() == athleteId);
        refreshTokens.values().removeIf(g -> g.athleteId() == athleteId);
    }

    int authorize(Context ctx, Map<String, String> q) {
        String redirect = q.getOrDefault("redirect_uri", "");
        if (!FakeStrava.CLIENT_ID.equals(q.get("client_id")) || redirect.isEmpty()
                || !"code".equals(q.get("response_type"))) {
            return answer(ctx, 400, StravaJson.fault("Bad Request", "Application", "client_id", "invalid"));
        }
        if (signedIn == 0) {
            return answer(ctx, 400, StravaJson.fault("Bad Request", "Athlete", "session", "not signed in"));
        }
        // Strava always grants "read" besides what was asked for and the athlete left ticked
        String scope = "read," + q.getOrDefault("scope", "read");
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "state="
                + FakeStrava.encode(q.getOrDefault("state", "")) + "&code=" + approve(signedIn, scope) + "&scope="
                + FakeStrava.encode(scope);
        ctx.header("Location", location);
        ctx.status(302);
        return 302;
    }

    int token(Context ctx, Map<String, String> p) {
        if (!FakeStrava.CLIENT_ID.equals(p.get("client_id"))
                || !FakeStrava.CLIENT_SECRET.equals(p.get("client_secret"))) {
            return answer(ctx, 401, StravaJson.fault("Bad Request", "Application", "client_id", "invalid"));
        }
        return switch (p.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                Grant grant = p.get("code") == null ? null : codes.remove(p.get("code"));
                yield grant == null
                        ? answer(ctx, 400, StravaJson.fault("Bad Request", "AuthorizationCode", "code", "invalid"))
                        : answer(ctx, 200, tokens(grant, true));
            }
            case "refresh_token" -> {
                Grant grant = p.get("refresh_token") == null ? null : refreshTokens.remove(p.get("refresh_token"));
                yield grant == null
                        ? answer(ctx, 400, StravaJson.fault("Bad Request", "RefreshToken", "refresh_token", "invalid"))
                        : answer(ctx, 200, tokens(grant, false));
            }
            default -> answer(ctx, 400, StravaJson.fault("Bad Request", "Application", "grant_type", "invalid"));
        };
    }

    int deauthorize(Context ctx, Map<String, String> p, String bearer) {
        String token = p.getOrDefault("access_token", bearer);
        Optional<Grant> grant = grantOf(token);
        if (grant.isEmpty()) {
            return answer(ctx, 401, StravaJson.fault("Authorization Error", "Athlete", "access_token", "invalid"));
        }
        revokeAll(grant.get().athleteId());
        return answer(ctx, 200, "{\"access_token\":" + StravaJson.quote(token) + "}");
    }

    private String tokens(Grant grant, boolean withAthlete) {
        String access = token();
        String refresh = token();
        Instant expires = Instant.now().plus(tokenLifetime);
        accessTokens.put(access, new Access(grant, expires));
        refreshTokens.put(refresh, grant);
        StringBuilder json = new StringBuilder("{\"token_type\":\"Bearer\",\"expires_at\":")
                .append(expires.getEpochSecond()).append(",\"expires_in\":").append(tokenLifetime.toSeconds())
                .append(",\"refresh_token\":\"").append(refresh).append("\",\"access_token\":\"").append(access)
                .append('"');
        if (withAthlete) {
            FakeStrava.Athlete a = strava.athlete(grant.athleteId());
            json.append(",\"athlete\":{\"id\":").append(a.id()).append(",\"firstname\":")
                    .append(StravaJson.quote(a.firstname())).append(",\"lastname\":")
                    .append(StravaJson.quote(a.lastname())).append('}');
        }
        return json.append('}').toString();
    }

    private String token() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static int answer(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json);
        return status;
    }
}
