package dev.gopherbot.app.handler;

import java.time.Duration;

/**
 * What a handler reports. Handlers never acknowledge, retry or dead-letter themselves: the worker decides that from
 * the outcomes of all handlers of an event.
 */
public sealed interface Outcome {
    Outcome DONE = new Done();

    /** The effect happened (or there was nothing to do). */
    record Done() implements Outcome {
    }

    /**
     * Worth trying again later (Slack 5xx, a timeout, Redis briefly away).
     *
     * @param after the earliest sensible time for the next attempt, or {@link Duration#ZERO} for the worker's backoff
     */
    record Retry(String reason, Duration after) implements Outcome {
    }

    /** Can never succeed (e.g. {@code channel_not_found}); logged and not retried. */
    record Discard(String reason) implements Outcome {
    }

    static Outcome done() {
        return DONE;
    }

    static Outcome retry(String reason) {
        return new Retry(reason, Duration.ZERO);
    }

    static Outcome retry(String reason, Duration after) {
        return new Retry(reason, after);
    }

    static Outcome discard(String reason) {
        return new Discard(reason);
    }
}
