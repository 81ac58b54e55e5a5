package dev.gopherbot.common.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

record Daily(LocalTime at, ZoneId zone) implements OnDays {
    Daily {
        OnDays.requireWholeSeconds(at, zone);
    }

    @Override
    public LocalDate dayOnOrBefore(LocalDate day) {
        return day;
    }

    @Override
    public LocalDate dayOnOrAfter(LocalDate day) {
        return day;
    }

    @Override
    public String toString() {
        return "daily " + ScheduleSyntax.formatTime(at) + " " + zone.getId();
    }
}
