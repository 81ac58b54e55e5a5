package dev.gopherbot.apps.timereport.command;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How a change reads to the person making it, e.g. "add vacation on 21–24 Dec 2026 (4 weekdays, 8 h each)": the
 * prompt asks it as a question, the outcome repeats it.
 */
public final class Summaries {
    private Summaries() {
    }

    /** {@code add vacation on 21–24 Dec 2026 (4 weekdays, 8 h each)}. */
    public static String phrase(ReportAction action) {
        String verb = switch (action) {
            case ReportAction.Add a -> "add";
            case ReportAction.Delete d -> "delete";
            case ReportAction.Lock l -> "lock";
        };
        return verb + " " + object(action);
    }

    /** What the change is about, after its verb: {@code vacation on 21–24 Dec 2026 (4 weekdays, 8 h each)}. */
    public static String object(ReportAction action) {
        return switch (action) {
            case ReportAction.Add add -> add.type().name() + " on " + period(add.period()) + " (" + amount(add) + ")";
            case ReportAction.Delete delete -> delete.type().map(t -> t.name()).orElse("every entry") + " on "
                    + day(delete.date());
            case ReportAction.Lock lock -> Dates.monthName(lock.month());
        };
    }

    /** The prompt's text: {@code Add vacation on 21–24 Dec 2026 (4 weekdays, 8 h each)?} */
    public static String question(ReportAction action) {
        String question = capitalised(phrase(action)) + "?";
        return action instanceof ReportAction.Lock ? question + " No more changes to it after that." : question;
    }

    /** {@code Tue 24 Nov 2026}. */
    public static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth()
                + " " + Dates.shortMonth(date.getMonth()) + " " + date.getYear();
    }

    /** {@code Tue 24 Nov 2026}, {@code 21–24 Dec 2026}, {@code 30 Nov – 4 Dec 2026}, {@code 29 Dec 2026 – 2 Jan 2027}. */
    public static String period(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (period.singleDay()) {
            return day(from);
        }
        String end = to.getDayOfMonth() + " " + Dates.shortMonth(to.getMonth()) + " " + to.getYear();
        if (from.getYear() != to.getYear()) {
            return from.getDayOfMonth() + " " + Dates.shortMonth(from.getMonth()) + " " + from.getYear() + " – "
                    + end;
        }
        if (from.getMonth() != to.getMonth()) {
            return from.getDayOfMonth() + " " + Dates.shortMonth(from.getMonth()) + " – " + end;
        }
        return from.getDayOfMonth() + "–" + end;
    }

    public static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String dayName(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** {@code 8 h} for one day; {@code 4 weekdays, 8 h each} for a range. */
    private static String amount(ReportAction.Add add) {
        if (add.period().singleDay()) {
            return add.hours() + " h";
        }
        int weekdays = add.period().weekdays().size();
        return weekdays == 1 ? "1 weekday, " + add.hours() + " h"
                : weekdays + " weekdays, " + add.hours() + " h each";
    }
}
