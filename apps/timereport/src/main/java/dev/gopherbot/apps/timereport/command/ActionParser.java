package dev.gopherbot.apps.timereport.command;

import dev.gopherbot.apps.timereport.types.ReportType;
import dev.gopherbot.apps.timereport.types.ReportTypes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the argument of {@code add}, {@code delete}, {@code lock} and {@code list}. Pure: no clock (today is given),
 * no I/O, so the gateway runs it inside Slack's 3 s and every rule has a row in {@code ActionParserTest}. Whether a
 * month is locked is not its business ({@code LockedMonths}).
 */
public final class ActionParser {
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 8;
    public static final int DEFAULT_HOURS = 8;

    private final ReportTypes types;

    public ActionParser(ReportTypes types) {
        this.types = types;
    }

    /** @param subcommand {@code add}, {@code delete} or {@code lock} */
    public ReportAction parse(String subcommand, String argument, LocalDate today) throws InvalidInput {
        List<String> words = words(argument);
        return switch (subcommand) {
            case Usage.ADD -> add(words, today);
            case Usage.DELETE -> delete(words, today);
            case Usage.LOCK -> lock(words);
            default -> throw new IllegalArgumentException("not a change: " + subcommand);
        };
    }

    /** {@code list [YYYY-MM]}: the month asked for, or the current one. */
    public YearMonth listMonth(String argument, LocalDate today) throws InvalidInput {
        List<String> words = words(argument);
        if (words.isEmpty()) {
            return YearMonth.from(today);
        }
        tooMany(words, 1, Usage.LIST_USAGE);
        return Dates.month(words.getFirst());
    }

    private ReportAction.Add add(List<String> words, LocalDate today) throws InvalidInput {
        if (words.isEmpty()) {
            throw new InvalidInput("What should I add? " + Usage.code(Usage.ADD_USAGE) + ", e.g. "
                    + Usage.code(Usage.COMMAND + " add vacation 2026-12-21:2026-12-24") + ".");
        }
        ReportType type = type(words.getFirst());
        if (words.size() < 2) {
            throw new InvalidInput("Which days? " + Usage.code(Usage.COMMAND + " add " + type.name()
                    + " <date or range> [hours]") + ": a date such as 2026-11-24, `today`, or a range such as "
                    + "2026-12-21:2026-12-24.");
        }
        tooMany(words, 3, Usage.ADD_USAGE);
        Period period = Dates.period(words.get(1), today);
        if (period.weekdays().isEmpty()) {
            throw new InvalidInput(period.singleDay()
                    ? period.from() + " is a " + Summaries.dayName(period.from()) + ": nothing to report on a weekend."
                    : "The range " + Echo.of(words.get(1)) + " has only weekend days: nothing to report.");
        }
        int hours = words.size() == 3 ? hours(words.get(2)) : DEFAULT_HOURS;
        return new ReportAction.Add(type, period, hours);
    }

    private ReportAction.Delete delete(List<String> words, LocalDate today) throws InvalidInput {
        if (words.isEmpty()) {
            throw new InvalidInput("Which day? " + Usage.code(Usage.DELETE_USAGE) + ", e.g. "
                    + Usage.code(Usage.COMMAND + " delete 2026-11-24 vacation") + ".");
        }
        tooMany(words, 2, Usage.DELETE_USAGE);
        if (words.getFirst().indexOf(':') >= 0) {
            throw new InvalidInput("Delete takes one date, not a range: " + Usage.code(Usage.DELETE_USAGE) + ".");
        }
        LocalDate date = Dates.date(words.getFirst(), today);
        Optional<ReportType> type = words.size() == 2 ? Optional.of(type(words.get(1))) : Optional.empty();
        return new ReportAction.Delete(date, type);
    }

    private ReportAction.Lock lock(List<String> words) throws InvalidInput {
        if (words.isEmpty()) {
            throw new InvalidInput("Which month? " + Usage.code(Usage.LOCK_USAGE) + ", e.g. "
                    + Usage.code(Usage.COMMAND + " lock 2026-11") + ".");
        }
        tooMany(words, 1, Usage.LOCK_USAGE);
        return new ReportAction.Lock(Dates.month(words.getFirst()));
    }

    /** A type by name; also used to re-read a confirmed prompt, whose type may have left the data file since. */
    public ReportType type(String word) throws InvalidInput {
        return types.find(word).orElseThrow(() -> new InvalidInput("I don't know the type " + Echo.of(word)
                + ". Types: " + types.names() + "."));
    }

    /** Whole hours, {@code 4} or {@code 4h}. */
    static int hours(String word) throws InvalidInput {
        String digits = word.endsWith("h") || word.endsWith("H") ? word.substring(0, word.length() - 1) : word;
        if (!digits.matches("\\d{1,3}")) {
            throw new InvalidInput("Hours are a whole number from " + MIN_HOURS + " to " + MAX_HOURS + ", not "
                    + Echo.of(word) + ".");
        }
        int hours = Integer.parseInt(digits);
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            throw new InvalidInput("Hours go from " + MIN_HOURS + " to " + MAX_HOURS + " a day, not " + hours
                    + ".");
        }
        return hours;
    }

    private static void tooMany(List<String> words, int max, String usage) throws InvalidInput {
        if (words.size() > max) {
            throw new InvalidInput("Too many words: " + Echo.of(String.join(" ", words.subList(max, words.size())))
                    + " is more than " + Usage.code(usage) + " takes.");
        }
    }

    private static List<String> words(String argument) {
        String s = argument == null ? "" : argument.strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\s+"));
    }
}
