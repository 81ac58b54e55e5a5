package dev.gopherbot.apps.timereport.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The days an entry covers, both ends included: one day ({@code from == to}) or a range. */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ":" + to);
        }
    }

    public static Period day(LocalDate date) {
        return new Period(date, date);
    }

    public boolean singleDay() {
        return from.equals(to);
    }

    /** Calendar days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The days reported: weekends are skipped (nobody reports vacation on a Saturday). */
    public List<LocalDate> weekdays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWeekend(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The months the period touches, in order (a range may span two). */
    public Set<YearMonth> months() {
        Set<YearMonth> months = new LinkedHashSet<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
