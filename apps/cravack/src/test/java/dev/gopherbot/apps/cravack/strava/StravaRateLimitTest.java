package dev.gopherbot.apps.cravack.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StravaRateLimitTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:07:30Z");

    private final StravaRateLimit limit = new StravaRateLimit();

    @Test
    void withNothingReportedRequestsGo() {
        assertEquals(Optional.empty(), limit.closedUntil(AT));
    }

    @Test
    void underTheLimitsLessTheReserveRequestsGo() {
        limit.observe(headers("100,1000", "98,500"), AT);

        assertEquals(Optional.empty(), limit.closedUntil(AT));
    }

    @Test
    void atTheFifteenMinuteLimitRequestsWaitForTheNextQuarterHour() {
        limit.observe(headers("100,1000", "99,500"), AT);

        assertEquals(Optional.of(Instant.parse("2026-03-02T10:15:00Z")), limit.closedUntil(AT));
        assertEquals(Optional.empty(), limit.closedUntil(Instant.parse("2026-03-02T10:15:00Z")));
    }

    @Test
    void atTheDailyLimitRequestsWaitForMidnightUtc() {
        limit.observe(headers("100,1000", "3,990"), AT);

        assertEquals(Optional.of(Instant.parse("2026-03-03T00:00:00Z")),
                limit.closedUntil(Instant.parse("2026-03-02T18:00:00Z")));
    }

    @Test
    void a429ClosesTheWindowEvenWithoutHeaders() {
        limit.exhausted(AT);

        assertEquals(Optional.of(Instant.parse("2026-03-02T10:15:00Z")), limit.closedUntil(AT));
    }

    @Test
    void headersThatDoNotParseChangeNothing() {
        limit.observe(headers("lots", "99"), AT);

        assertEquals(Optional.empty(), limit.closedUntil(AT));
    }

    private static HttpHeaders headers(String limit, String usage) {
        return HttpHeaders.of(Map.of("X-RateLimit-Limit", List.of(limit), "X-RateLimit-Usage", List.of(usage)),
                (a, b) -> true);
    }
}
