package dev.gopherbot.common.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait after the {@code attempt}-th failure in a row: {@code base × multiplier^(attempt-1)}, never above
 * {@code cap}, optionally shortened at random by up to {@code jitter} of itself. The platform's one retry schedule:
 * the consumer's redeliveries, bgtasks' failed jobs, the start-up waits for Redis, PostgreSQL and Slack, the stream
 * reader's pause after a Redis error, and Slack 429s that came without a usable {@code Retry-After}.
 *
 * <p>Jitter only ever shortens a delay, so a cap stays a cap; it spreads out processes that failed together (every
 * dyno losing Redis at the same moment) so they do not all come back at the same instant.
 *
 * @param base       the first delay
 * @param cap        the longest delay; a cap below {@code base} makes every delay the cap
 * @param multiplier growth per attempt, at least 1 (1 = a constant delay)
 * @param jitter     0 for none; 0.2 makes each delay a random point between 80 % and 100 % of the computed one
 */
public record Backoff(Duration base, Duration cap, double multiplier, double jitter) {
    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || cap.isNegative()) {
            throw new IllegalArgumentException("backoff delays must not be negative: base " + base + ", cap " + cap);
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("backoff multiplier must be at least 1, not " + multiplier);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff jitter must be between 0 and 1, not " + jitter);
        }
    }

    /** Doubling from {@code base} up to {@code cap}, without jitter. */
    public static Backoff exponential(Duration base, Duration cap) {
        return new Backoff(base, cap, 2, 0);
    }

    public Backoff withJitter(double fraction) {
        return new Backoff(base, cap, multiplier, fraction);
    }

    /**
     * The wait after {@code attempt} failures in a row.
     *
     * @param attempt 1 after the first failure; anything lower counts as 1, and no count is large enough to overflow
     */
    public Duration delay(long attempt) {
        return delay(attempt, jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble());
    }

    /** {@link #delay(long)} with the random draw given, in {@code [0, 1)}: the tests pin it. */
    Duration delay(long attempt, double random) {
        // in double: exact for the powers of two the platform uses, and infinity compares above any cap
        double nanos = base.toNanos() * Math.pow(multiplier, Math.max(attempt, 1) - 1);
        Duration d = nanos >= cap.toNanos() ? cap : Duration.ofNanos((long) nanos);
        if (jitter == 0) {
            return d;
        }
        return d.minusNanos((long) (d.toNanos() * jitter * random));
    }
}
