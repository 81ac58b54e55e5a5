package dev.gopherbot.apps.timereport.api;

import java.time.YearMonth;
import java.util.Optional;

/** How the time-report API answered one call. */
public sealed interface ApiAnswer<T> {
    /** 2xx. */
    record Ok<T>(T value) implements ApiAnswer<T> {
    }

    /**
     * A 4xx other than 408 and 429: asking again will not help.
     *
     * @param reason      the API's {@code error}, cleaned up to show to the user
     * @param lockedMonth with 423, the month that is locked
     */
    record Refused<T>(int status, String reason, Optional<YearMonth> lockedMonth) implements ApiAnswer<T> {
    }

    /** 5xx, 408, 429, a timeout or no connection: worth trying again later. */
    record Unavailable<T>(String reason) implements ApiAnswer<T> {
    }
}
