package dev.gopherbot.common.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The settings form of a {@link Schedule}, both ways. Every error quotes the whole text and names the wrong part. */
final class ScheduleSyntax {
    private static final String EXAMPLES = "\"every 15m\", \"daily 09:00 Europe/Helsinki\", \"weekly mon 09:00 UTC\""
            + " or \"monthly 1 09:00 Europe/Helsinki\"";
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");
    // lenient about a leading zero when reading ("9:00"); always two digits when writing
    private static final DateTimeFormatter H_MM = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter H_MM_SS = DateTimeFormatter.ofPattern("H:mm:ss");

    private ScheduleSyntax() {
    }

    static Schedule parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("schedule is empty: expected " + EXAMPLES);
        }
        List<String> words = Arrays.asList(trimmed.split("\\s+"));
        String kind = words.getFirst().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "every" -> {
                expectWords(text, words, 2, "every <period>", "every 15m");
                yield Schedule.every(period(text, words.get(1)));
            }
            case "daily" -> {
                expectWords(text, words, 3, "daily <HH:mm> <zone>", "daily 09:00 Europe/Helsinki");
                yield Schedule.daily(time(text, words.get(1)), zone(text, words.get(2)));
            }
            case "weekly" -> {
                expectWords(text, words, 4, "weekly <day> <HH:mm> <zone>", "weekly mon 09:00 UTC");
                yield Schedule.weekly(day(text, words.get(1)), time(text, words.get(2)), zone(text, words.get(3)));
            }
            case "monthly" -> {
                expectWords(text, words, 4, "monthly <day of month> <HH:mm> <zone>",
                        "monthly 1 09:00 Europe/Helsinki");
                yield Schedule.monthly(dayOfMonth(text, words.get(1)), time(text, words.get(2)),
                        zone(text, words.get(3)));
            }
            default -> throw invalid(text, "unknown kind \"" + words.getFirst()
                    + "\": expected every, daily, weekly or monthly, e.g. " + EXAMPLES);
        };
    }

    private static void expectWords(String text, List<String> words, int count, String form, String example) {
        if (words.size() != count) {
            throw invalid(text, "expected \"" + form + "\", e.g. \"" + example + "\"");
        }
    }

    private static Duration period(String text, String word) {
        Matcher m = PERIOD.matcher(word.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid(text, "period \"" + word + "\" is invalid: expected a whole number with ms, s, m, h or d,"
                    + " e.g. 15m");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.isZero() || d.compareTo(Every.LONGEST) > 0) {
            throw invalid(text, "period \"" + word + "\" is invalid: expected more than zero and at most 366d");
        }
        return d;
    }

    private static LocalTime time(String text, String word) {
        try {
            return LocalTime.parse(word, word.indexOf(':') == word.lastIndexOf(':') ? H_MM : H_MM_SS);
        } catch (DateTimeParseException e) {
            throw invalid(text, "time \"" + word + "\" is invalid: expected HH:mm on a 24-hour clock (00:00–23:59)");
        }
    }

    private static ZoneId zone(String text, String word) {
        try {
            return ZoneId.of(word);
        } catch (DateTimeException e) {
            throw invalid(text, "time zone \"" + word + "\" is unknown: expected an IANA zone such as"
                    + " Europe/Helsinki (case matters) or UTC");
        }
    }

    private static DayOfWeek day(String text, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            if (w.equals(full) || w.equals(full.substring(0, 3))) {
                return d;
            }
        }
        throw invalid(text, "day \"" + word + "\" is invalid: expected mon, tue, wed, thu, fri, sat or sun");
    }

    private static int dayOfMonth(String text, String word) {
        int n = word.matches("\\d{1,2}") ? Integer.parseInt(word) : 0;
        if (n < 1 || n > 31) {
            throw invalid(text, "day of month \"" + word + "\" is invalid: expected 1–31 (29–31 mean the last day"
                    + " in shorter months)");
        }
        return n;
    }

    private static IllegalArgumentException invalid(String text, String problem) {
        return new IllegalArgumentException("schedule \"" + text + "\": " + problem);
    }

    /** The largest unit that divides the period exactly, so {@code parse(formatPeriod(p))} gives {@code p} back. */
    static String formatPeriod(Duration p) {
        long ms = p.toMillis();
        record Unit(String suffix, long millis) { }
        for (Unit u : List.of(new Unit("d", 86_400_000), new Unit("h", 3_600_000), new Unit("m", 60_000),
                new Unit("s", 1_000))) {
            if (ms % u.millis() == 0) {
                return ms / u.millis() + u.suffix();
            }
        }
        return ms + "ms";
    }

    static String formatTime(LocalTime t) {
        return (t.getSecond() == 0 ? HH_MM : HH_MM_SS).format(t);
    }

    static String formatDay(DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
