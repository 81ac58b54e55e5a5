package dev.gopherbot.common.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A calendar schedule: due at one local time on certain days in one zone. Each kind only says which days
 * ({@link #dayOnOrBefore}, {@link #dayOnOrAfter}); turning a day into an instant, DST included, happens here once.
 */
sealed interface OnDays extends Schedule permits Daily, Weekly, Monthly {
    /** Far more than any schedule needs (a monthly one steps at most twice); only guards against a bug looping. */
    int MAX_STEPS = 8;

    LocalTime at();

    ZoneId zone();

    /** The last day of this schedule that is {@code day} or earlier. */
    LocalDate dayOnOrBefore(LocalDate day);

    /** The first day of this schedule that is {@code day} or later. */
    LocalDate dayOnOrAfter(LocalDate day);

    /**
     * The instant {@link #at()} on {@code day}. {@link ZonedDateTime#of} moves a time in a spring-forward gap later by
     * the gap's length and takes the earlier offset of a time that occurs twice, which is the rule we document.
     */
    default Instant dueOn(LocalDate day) {
        return ZonedDateTime.of(day, at(), zone()).toInstant();
    }

    @Override
    default Optional<Instant> latestDueAtOrBefore(Instant now) {
        LocalDate day = dayOnOrBefore(LocalDate.ofInstant(now, zone()));
        // today's due time may still be ahead of now: then the one before it is the latest
        for (int i = 0; i < MAX_STEPS; i++) {
            Instant due = dueOn(day);
            if (!due.isAfter(now)) {
                return Optional.of(due);
            }
            day = dayOnOrBefore(day.minusDays(1));
        }
        throw new IllegalStateException(this + ": no due time found before " + now);
    }

    @Override
    default Instant nextDueAfter(Instant t) {
        LocalDate day = dayOnOrAfter(LocalDate.ofInstant(t, zone()));
        for (int i = 0; i < MAX_STEPS; i++) {
            Instant due = dueOn(day);
            if (due.isAfter(t)) {
                return due;
            }
            day = dayOnOrAfter(day.plusDays(1));
        }
        throw new IllegalStateException(this + ": no due time found after " + t);
    }

    /** Due times are kept to whole seconds so that {@code toString()} and {@code parse} round-trip exactly. */
    static void requireWholeSeconds(LocalTime at, ZoneId zone) {
        if (at == null || zone == null) {
            throw new IllegalArgumentException("a calendar schedule needs a time and a zone");
        }
        if (at.getNano() != 0) {
            throw new IllegalArgumentException("a calendar schedule's time must be whole seconds: " + at);
        }
    }
}
