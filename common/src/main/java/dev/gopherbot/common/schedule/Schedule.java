package dev.gopherbot.common.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a job is due: every fixed period, or at a wall-clock time in a time zone each day, week or month. Depends on
 * nothing but java.time, so apps can declare schedules in their settings ({@link #parse}) without pulling in bgtasks.
 *
 * <p>Wall-clock rules, decided once for every calendar schedule:
 * <ul>
 * <li>a time that does not exist on a spring-forward day (02:30 when clocks jump from 02:00 to 03:00) is due at the
 *     shifted instant (03:30), once;</li>
 * <li>a time that occurs twice on an autumn day is due once, at its first occurrence (the summer offset);</li>
 * <li>{@code monthly 29}, {@code 30} or {@code 31} is due on the last day of a month that has no such day
 *     ({@code monthly 31} is "the last day of every month").</li>
 * </ul>
 * {@code every} periods are counted from 1970-01-01T00:00Z, so {@code every 15m} is due at :00, :15, :30 and :45 UTC
 * whichever process computes it.
 *
 * <p>{@link #toString()} gives the {@link #parse} form back: {@code every 15m}, {@code daily 09:00 Europe/Helsinki},
 * {@code weekly mon 09:00 UTC}, {@code monthly 1 09:00 Europe/Helsinki}.
 */
public sealed interface Schedule permits Every, OnDays {

    /** Due at every whole multiple of {@code period} since the epoch. */
    static Schedule every(Duration period) {
        return new Every(period);
    }

    static Schedule daily(LocalTime at, ZoneId zone) {
        return new Daily(at, zone);
    }

    static Schedule weekly(DayOfWeek day, LocalTime at, ZoneId zone) {
        return new Weekly(day, at, zone);
    }

    /** {@code dayOfMonth} 1–31; in a month without that day, the last day of the month. */
    static Schedule monthly(int dayOfMonth, LocalTime at, ZoneId zone) {
        return new Monthly(dayOfMonth, at, zone);
    }

    /**
     * Reads the settings form ({@code every 15m}, {@code daily 09:00 Europe/Helsinki}, {@code weekly mon 09:00 UTC},
     * {@code monthly 1 09:00 Europe/Helsinki}).
     *
     * @throws IllegalArgumentException whose message quotes the text and names the part that is wrong
     */
    static Schedule parse(String text) {
        return ScheduleSyntax.parse(text);
    }

    /**
     * The most recent due time at or before {@code now}. Empty only when no due time precedes {@code now} at all,
     * which none of today's schedules has within the range of {@link Instant}, but a schedule with a start might.
     */
    Optional<Instant> latestDueAtOrBefore(Instant now);

    /** The first due time strictly after {@code t}. */
    Instant nextDueAfter(Instant t);

    /** The period of an {@code every} schedule; empty for calendar schedules, which run once per due time. */
    default Optional<Duration> fixedPeriod() {
        return Optional.empty();
    }
}
