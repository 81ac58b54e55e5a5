package dev.gopherbot.apps.cravack.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.cravack.config.CravackSettings;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.testkit.strava.FakeActivity;
import dev.gopherbot.testkit.strava.FakeStrava;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Strava client against the fake Strava over HTTP, with a clock the test moves: Strava's rate limits, as its
 * headers report them, hold requests back until the window ends, and nothing is sent meanwhile.
 */
class StravaClientIT {
    private static final long ATHLETE = 42;
    private static final Instant TEN_PAST = Instant.parse("2026-03-02T10:10:00Z");

    private final MovableClock clock = new MovableClock(TEN_PAST);
    private FakeStrava strava;
    private StravaClient client;
    private Secret token;

    @BeforeEach
    void start() throws StravaException {
        strava = FakeStrava.start();
        strava.addAthlete(ATHLETE, "Ada", "Runner");
        strava.store(FakeActivity.run(1, ATHLETE, "Run", 5000, 1500, 0));
        Env env = new Env(Map.of("CRAVACK_STRAVA_CLIENT_ID", FakeStrava.CLIENT_ID, "CRAVACK_STRAVA_CLIENT_SECRET",
                FakeStrava.CLIENT_SECRET, "CRAVACK_VERIFY_TOKEN", "v", "CRAVACK_CHANNEL", "C0RUNS",
                "CRAVACK_TOKEN_KEY", Base64.getEncoder().encodeToString(new byte[32]), "PUBLIC_URL",
                "http://localhost:8080", "STRAVA_API_URL", strava.apiUrl(), "STRAVA_OAUTH_URL", strava.oauthUrl()));
        CravackSettings settings = CravackSettings.from(env);
        env.check();
        client = new StravaClient(HttpClient.newHttpClient(), settings, new StravaRateLimit(), clock);
        token = client.exchange(strava.approve(ATHLETE, "read,activity:read")).accessToken();
    }

    @AfterEach
    void stop() {
        strava.close();
    }

    @Test
    void onceTheFifteenMinuteUsageReachesTheLimitNothingIsSentUntilTheNextQuarterHour() throws StravaException {
        strava.rateLimits(100, 1000);
        strava.rateLimitUsage(98, 500);
        client.activity(1, token); // Strava reports 99 of 100: the last one is kept in reserve

        StravaException held = assertThrows(StravaException.class, () -> client.activity(1, token));

        assertEquals(StravaException.Kind.RATE_LIMITED, held.kind());
        assertEquals(Instant.parse("2026-03-02T10:15:00Z"), held.retryAt());
        assertEquals(1, strava.calls("activity").size(), "the held request was not sent");
        clock.set(Instant.parse("2026-03-02T10:15:00Z"));
        strava.rateLimitUsage(0, 501);
        assertTrue(client.activity(1, token).isPresent());
    }

    @Test
    void aRefusalWith429HoldsRequestsUntilTheWindowEndsWhateverTheUsageSaid() throws StravaException {
        strava.rateLimits(100, 1000);
        strava.rateLimitUsage(100, 500); // someone else used the window up

        StravaException refused = assertThrows(StravaException.class, () -> client.activity(1, token));
        StravaException held = assertThrows(StravaException.class, () -> client.activity(1, token));

        assertEquals(StravaException.Kind.RATE_LIMITED, refused.kind());
        assertEquals(Instant.parse("2026-03-02T10:15:00Z"), held.retryAt());
        assertEquals(1, strava.calls("activity").size());
    }

    @Test
    void theDailyLimitHoldsRequestsUntilMidnightUtc() throws StravaException {
        strava.rateLimits(100, 1000);
        strava.rateLimitUsage(10, 989);
        client.activity(1, token); // 990 of 1,000

        clock.set(Instant.parse("2026-03-02T23:59:00Z"));
        StravaException held = assertThrows(StravaException.class, () -> client.activity(1, token));

        assertEquals(Instant.parse("2026-03-03T00:00:00Z"), held.retryAt());
        clock.set(Instant.parse("2026-03-03T00:00:00Z"));
        strava.rateLimitUsage(0, 0);
        assertTrue(client.activity(1, token).isPresent());
    }

    @Test
    void aRevokedTokenIsUnauthorizedAndAMissingActivityIsEmpty() throws StravaException {
        assertTrue(client.activity(404, token).isEmpty());

        client.deauthorize(token);

        assertEquals(StravaException.Kind.UNAUTHORIZED,
                assertThrows(StravaException.class, () -> client.activity(1, token)).kind());
    }

    @Test
    void aServerErrorIsWorthARetryAndSaysNothingOfTheToken() {
        strava.failNext("activity", 503);

        StravaException e = assertThrows(StravaException.class, () -> client.activity(1, token));

        assertEquals(StravaException.Kind.UNAVAILABLE, e.kind());
        assertTrue(!e.getMessage().contains(token.reveal()), e.getMessage());
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
