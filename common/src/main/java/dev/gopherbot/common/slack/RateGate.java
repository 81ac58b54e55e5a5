package dev.gopherbot.common.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers Slack's {@code Retry-After} per Web API method (Slack's limits are per method and workspace), so that
 * after one 429 every handler of this process waits, instead of each finding out with its own 429.
 */
public final class RateGate {
    private final Map<String, Instant> closedUntil = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateGate(Clock clock) {
        this.clock = clock;
    }

    /** Now, by the clock the gate measures {@code Retry-After} with (wall time in production). */
    Instant now() {
        return clock.instant();
    }

    public void close(String method, Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        closedUntil.merge(method, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** How long {@code method} stays closed; zero when it may be called now. */
    public Duration remaining(String method) {
        Instant until = closedUntil.get(method);
        Duration wait = until == null ? Duration.ZERO : Duration.between(clock.instant(), until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Blocks until {@code method} may be called again. */
    public void awaitOpen(String method) throws InterruptedException {
        for (Duration wait = remaining(method); !wait.isZero(); wait = remaining(method)) {
            Thread.sleep(wait.toMillis() + 1); // waiting out Slack's Retry-After, not synchronising threads
        }
    }
}
