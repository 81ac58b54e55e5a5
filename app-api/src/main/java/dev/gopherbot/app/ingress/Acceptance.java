package dev.gopherbot.app.ingress;

/** A webhook's decision on a POST; the gateway answers accordingly. */
public sealed interface Acceptance {
    /**
     * Enqueue for the app's handler, at most once per {@code dedupKey} within an hour (a redelivery answers 200 and
     * is not enqueued again).
     *
     * @param eventTime the event's time, epoch seconds (for the consumer's maximum event age); 0 for work
     *                  that is never too old to do (the age rule then does not apply)
     */
    record Enqueue(String dedupKey, long eventTime) implements Acceptance {
    }

    /** Answer 200 and store nothing (an event the app does not act on), counted with {@code reason}. */
    record Ignore(String reason) implements Acceptance {
    }

    /** Answer {@code status} (e.g. 401 for a bad signature); {@code reason} goes to the log, never to the caller. */
    record Reject(int status, String reason) implements Acceptance {
    }

    static Acceptance enqueue(String dedupKey, long eventTime) {
        return new Enqueue(dedupKey, eventTime);
    }

    static Acceptance ignore(String reason) {
        return new Ignore(reason);
    }

    static Acceptance reject(int status, String reason) {
        return new Reject(status, reason);
    }
}
