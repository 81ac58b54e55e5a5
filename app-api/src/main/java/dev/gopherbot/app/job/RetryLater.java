package dev.gopherbot.app.job;

import dev.gopherbot.common.retry.RetryAfter;
import java.time.Duration;
import java.time.Instant;

/**
 * The other side asked us to wait (HTTP 429 with {@code Retry-After}): the job runs again after exactly that delay.
 * For Slack, catch {@code SlackCallFailed} of kind {@code RATE_LIMITED} and pass its {@code retryAfter()}; the
 * header itself is read once, in {@code SlackCalls}.
 */
public final class RetryLater extends Exception {
    /** When a 429 carries no usable {@code Retry-After}. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(30);

    private final Duration delay;

    public RetryLater(String message, Duration delay) {
        super(message + " (retry after " + delay.toMillis() + " ms)");
        this.delay = delay;
    }

    public Duration delay() {
        return delay;
    }

    /**
     * A third party's {@code Retry-After} header (seconds or an HTTP-date, read by common's {@link RetryAfter}), or
     * {@link #DEFAULT_DELAY} when there is none that can be read; never under a second.
     */
    public static Duration parseRetryAfter(String header) {
        return RetryAfter.parse(header, Instant.now()).orElse(DEFAULT_DELAY);
    }
}
