package dev.gopherbot.simulator.events;

import java.time.Instant;

/**
 * Where one event's delivery to an app stands, for the page and the tests.
 *
 * @param app         the app the event is for
 * @param attempts    deliveries tried so far (the first one plus retries)
 * @param problem     what went wrong with the last attempt ("HTTP 500", "no answer within 3s"…), null if none
 * @param nextAttempt when the next retry is due while {@link State#RETRYING}, else null
 */
public record DeliveryStatus(String eventId, String app, State state, int attempts, String problem,
                             Instant nextAttempt) {
    public enum State {
        SENDING, DELIVERED, RETRYING, FAILED
    }

    static DeliveryStatus sending(String eventId, String app, int attempts) {
        return new DeliveryStatus(eventId, app, State.SENDING, attempts, null, null);
    }
}
