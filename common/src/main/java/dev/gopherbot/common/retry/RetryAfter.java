package dev.gopherbot.common.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110, section 10.2.3): delay-seconds ({@code 120}) or an HTTP-date
 * ({@code Wed, 21 Oct 2026 07:28:00 GMT}). The one parser for every caller: Slack's Web API and response URLs, and
 * the jobs and apps that poll third parties. What to do without a usable header is the caller's choice (Slack calls
 * back off from one second; a polling job waits {@code RetryLater.DEFAULT_DELAY}).
 */
public final class RetryAfter {
    /** Never less: a server answering {@code Retry-After: 0} (or a date just past) again and again is no hot loop. */
    public static final Duration MINIMUM = Duration.ofSeconds(1);
    /** Never more: a longer ask is read as this, so no deadline computed from it can overflow. */
    public static final Duration MAXIMUM = Duration.ofDays(1);

    private RetryAfter() {
    }

    /**
     * The delay the header asks for, between {@link #MINIMUM} and {@link #MAXIMUM}; empty when the header is absent
     * or is neither form (a negative number, a word, a date in another format).
     *
     * @param now what a date is measured from (wall time)
     */
    public static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // more than nine digits is over a day anyway, and would not fit a long at twenty
            return Optional.of(bounded(value.length() > 9 ? MAXIMUM : Duration.ofSeconds(Long.parseLong(value))));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(bounded(Duration.between(now, at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration bounded(Duration d) {
        return d.compareTo(MINIMUM) < 0 ? MINIMUM : d.compareTo(MAXIMUM) > 0 ? MAXIMUM : d;
    }
}
