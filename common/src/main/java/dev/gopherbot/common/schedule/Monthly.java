package dev.gopherbot.common.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/** On {@code dayOfMonth}, or on the last day of a month too short for it (so 31 means "the last day"). */
record Monthly(int dayOfMonth, LocalTime at, ZoneId zone) implements OnDays {
    Monthly {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("a monthly schedule's day must be 1–31, not " + dayOfMonth);
        }
        OnDays.requireWholeSeconds(at, zone);
    }

    private LocalDate dayIn(YearMonth month) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }

    @Override
    public LocalDate dayOnOrBefore(LocalDate d) {
        LocalDate inMonth = dayIn(YearMonth.from(d));
        return inMonth.isAfter(d) ? dayIn(YearMonth.from(d).minusMonths(1)) : inMonth;
    }

    @Override
    public LocalDate dayOnOrAfter(LocalDate d) {
        LocalDate inMonth = dayIn(YearMonth.from(d));
        return inMonth.isBefore(d) ? dayIn(YearMonth.from(d).plusMonths(1)) : inMonth;
    }

    @Override
    public String toString() {
        return "monthly " + dayOfMonth + " " + ScheduleSyntax.formatTime(at) + " " + zone.getId();
    }
}
