package dev.gopherbot.apps.timereport.command;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date words of the command: {@code 2026-11-24}, {@code today}, ranges {@code a:b}, months {@code 2026-11}. */
public final class Dates {
    public static final String TODAY = "today";
    /** The longest range one command may cover: a month, so a typo in the year cannot report a whole year. */
    public static final int MAX_RANGE_DAYS = 31;
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private Dates() {
    }

    /** One day: {@code YYYY-MM-DD} or {@code today}. */
    public static LocalDate date(String word, LocalDate today) throws InvalidInput {
        if (word.equalsIgnoreCase(TODAY)) {
            return today;
        }
        Matcher m = DATE.matcher(word);
        if (!m.matches()) {
            throw new InvalidInput(Echo.of(word) + " is not a date: write dates as YYYY-MM-DD, e.g. 2026-11-24, "
                    + "or `today`.");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new InvalidInput(Echo.of(word) + " is not a date: there is no month " + month + ".");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new InvalidInput(Echo.of(word) + " is not a date: " + monthName(ym) + " has "
                    + ym.lengthOfMonth() + " days.");
        }
        return ym.atDay(day);
    }

    /** A day, or a range {@code from:to} of at most {@link #MAX_RANGE_DAYS} days; either end may be {@code today}. */
    public static Period period(String word, LocalDate today) throws InvalidInput {
        int colon = word.indexOf(':');
        if (colon < 0) {
            return Period.day(date(word, today));
        }
        String first = word.substring(0, colon);
        String last = word.substring(colon + 1);
        if (first.isEmpty() || last.isEmpty() || last.indexOf(':') >= 0) {
            throw new InvalidInput(Echo.of(word) + " is not a range: write it as two dates with a colon between, "
                    + "e.g. 2026-12-21:2026-12-24.");
        }
        LocalDate from = date(first, today);
        LocalDate to = date(last, today);
        if (to.isBefore(from)) {
            throw new InvalidInput("The range " + Echo.of(word) + " ends before it starts: the first date comes "
                    + "first, e.g. " + to + ":" + from + ".");
        }
        Period period = new Period(from, to);
        if (period.days() > MAX_RANGE_DAYS) {
            throw new InvalidInput("The range " + Echo.of(word) + " covers " + period.days() + " days; at most "
                    + MAX_RANGE_DAYS + " at a time, please (one month).");
        }
        return period;
    }

    /** A month, {@code YYYY-MM}. */
    public static YearMonth month(String word) throws InvalidInput {
        Matcher m = MONTH.matcher(word);
        if (!m.matches()) {
            throw new InvalidInput(Echo.of(word) + " is not a month: write it as YYYY-MM, e.g. 2026-11.");
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidInput(Echo.of(word) + " is not a month: there is no month " + month + ".");
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }

    /** {@code November 2026}. */
    public static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    /** {@code Nov}. */
    static String shortMonth(Month month) {
        return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
