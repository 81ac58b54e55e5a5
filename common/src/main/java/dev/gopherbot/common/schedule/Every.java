package dev.gopherbot.common.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Due at every whole multiple of the period since the epoch, so every process agrees on the due times. */
record Every(Duration period) implements Schedule {
    /** A longer period is surely a typo; the bound also keeps the millisecond arithmetic far from overflowing. */
    static final Duration LONGEST = Duration.ofDays(366);

    Every {
        if (period == null || period.isNegative() || period.isZero() || period.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("an every-schedule needs a period above zero and at most 366 days,"
                    + " not " + period);
        }
        if (period.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("an every-schedule's period must be whole milliseconds: " + period);
        }
    }

    @Override
    public Optional<Instant> latestDueAtOrBefore(Instant now) {
        long periodMs = period.toMillis();
        // floorDiv, not division: before the epoch the latest due time is further in the past, not closer to 0
        return Optional.of(Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), periodMs) * periodMs));
    }

    @Override
    public Instant nextDueAfter(Instant t) {
        // the latest due time is t's millisecond rounded down to the period, so one period later is after t
        return latestDueAtOrBefore(t).orElseThrow().plus(period);
    }

    @Override
    public Optional<Duration> fixedPeriod() {
        return Optional.of(period);
    }

    @Override
    public String toString() {
        return "every " + ScheduleSyntax.formatPeriod(period);
    }
}
