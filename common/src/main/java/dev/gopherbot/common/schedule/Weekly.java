package dev.gopherbot.common.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

record Weekly(DayOfWeek day, LocalTime at, ZoneId zone) implements OnDays {
    Weekly {
        if (day == null) {
            throw new IllegalArgumentException("a weekly schedule needs a day of the week");
        }
        OnDays.requireWholeSeconds(at, zone);
    }

    @Override
    public LocalDate dayOnOrBefore(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(day));
    }

    @Override
    public LocalDate dayOnOrAfter(LocalDate d) {
        return d.with(TemporalAdjusters.nextOrSame(day));
    }

    @Override
    public String toString() {
        return "weekly " + ScheduleSyntax.formatDay(day) + " " + ScheduleSyntax.formatTime(at) + " " + zone.getId();
    }
}
