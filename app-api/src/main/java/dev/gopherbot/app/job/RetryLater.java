package dev.gopherbot.app.job;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import java.util.Optional;

/** The other side asked us to wait (HTTP 429 with {@code Retry-After}): the job runs again after exactly that delay. */
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

    /** A Slack 429 as a {@link RetryLater}; empty for any other Slack HTTP error. */
    public static Optional<RetryLater> fromSlack(String method, SlackApiException e) {
        if (e.getResponse() == null || e.getResponse().code() != 429) {
            return Optional.empty();
        }
        return Optional.of(new RetryLater("Slack rate-limited " + method,
                parseRetryAfter(e.getResponse().header("Retry-After"))));
    }

    /** {@code Retry-After} in seconds (the only form Slack and the feeds we poll send). */
    public static Duration parseRetryAfter(String header) {
        if (header == null) {
            return DEFAULT_DELAY;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            // never 0: a server answering "Retry-After: 0" again and again must not put us in a hot loop
            return seconds < 0 ? DEFAULT_DELAY : Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return DEFAULT_DELAY;
        }
    }
}
