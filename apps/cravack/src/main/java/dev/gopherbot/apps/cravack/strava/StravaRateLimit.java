package dev.gopherbot.apps.cravack.strava;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Keeps the app under Strava's rate limits (by default 100 requests per 15 minutes and 1,000 per day, for the whole
 * application). Every API answer reports the limits and the application's usage in {@code X-RateLimit-Limit} and
 * {@code X-RateLimit-Usage} ({@code "<15-minute>,<daily>"}); once the usage reaches a limit (less a small reserve,
 * since other consumers may be sending at the same moment), no request is sent until the window ends: the 15-minute
 * windows end at :00, :15, :30 and :45, the daily one at midnight UTC. A 429 closes the window the same way. Shared by
 * every handler of the process; each process learns the application's usage from its own answers.
 */
public final class StravaRateLimit {
    static final Duration WINDOW = Duration.ofMinutes(15);

    private long shortLimit = Long.MAX_VALUE;
    private long dailyLimit = Long.MAX_VALUE;
    private long shortUsage;
    private long dailyUsage;
    /** The window the usage was reported in: epoch seconds / 900. */
    private long shortWindow = -1;
    private LocalDate day = LocalDate.MIN;
    /** The window a 429 arrived in, whatever the headers said. */
    private long refusedWindow = -1;

    /** When the next request may be sent, if not now. */
    public synchronized Optional<Instant> closedUntil(Instant now) {
        Instant until = null;
        long current = window(now);
        if (current == refusedWindow
                || current == shortWindow && shortUsage >= shortLimit - reserve(shortLimit)) {
            until = Instant.ofEpochSecond((current + 1) * WINDOW.toSeconds());
        }
        if (today(now).equals(day) && dailyUsage >= dailyLimit - reserve(dailyLimit)) {
            until = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return Optional.ofNullable(until);
    }

    /** Reads the headers of an answer; answers without them (OAuth) leave the state as it was. */
    public synchronized void observe(HttpHeaders headers, Instant now) {
        Optional<long[]> limit = pair(headers.firstValue("X-RateLimit-Limit"));
        Optional<long[]> usage = pair(headers.firstValue("X-RateLimit-Usage"));
        if (limit.isEmpty() || usage.isEmpty()) {
            return;
        }
        shortLimit = limit.get()[0];
        dailyLimit = limit.get()[1];
        shortUsage = usage.get()[0];
        dailyUsage = usage.get()[1];
        shortWindow = window(now);
        day = today(now);
    }

    /** A 429: whatever the headers said, nothing more is sent in this 15-minute window (nor today, if they say so). */
    public synchronized void exhausted(Instant now) {
        refusedWindow = window(now);
    }

    /** Room for requests other consumers may have in flight: 1 %, at least one. */
    private static long reserve(long limit) {
        return limit == Long.MAX_VALUE ? 0 : Math.max(1, limit / 100);
    }

    private static long window(Instant now) {
        return now.getEpochSecond() / WINDOW.toSeconds();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static Optional<long[]> pair(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = header.get().split(",");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new long[] {Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
