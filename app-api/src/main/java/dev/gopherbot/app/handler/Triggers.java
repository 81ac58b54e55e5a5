package dev.gopherbot.app.handler;

import java.time.Clock;
import java.time.Duration;

/**
 * Slack accepts a {@code trigger_id} for {@code views.open} for 3 s after the user acted. The gateway's receive time
 * stands in for the moment of the action (it is at most a network hop later), so an entry read after that is not
 * worth a {@code views.open}: the user is told through {@code response_url} instead.
 */
public final class Triggers {
    public static final Duration LIFETIME = Duration.ofSeconds(3);

    private Triggers() {
    }

    public static boolean expired(long receivedAtMs, Clock clock) {
        return receivedAtMs > 0 && clock.millis() - receivedAtMs >= LIFETIME.toMillis();
    }

    /** What the user reads when their form could not be opened in time. */
    static String expiredText(String whatToRepeat) {
        return "Sorry, I was too slow: Slack only lets me open a form within 3 seconds and that moment has passed. "
                + "Please try " + whatToRepeat + " again.";
    }
}
