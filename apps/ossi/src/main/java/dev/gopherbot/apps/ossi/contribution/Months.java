package dev.gopherbot.apps.ossi.contribution;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/** Contribution months as people type them and reports name them: {@code 2026-10}. */
public final class Months {
    public static final String FORMAT = "YYYY-MM";
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    private Months() {
    }

    /** {@code 2026-10} → October 2026; empty for anything else, {@code 2026-13} and {@code 2026-1} included. */
    public static Optional<YearMonth> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!SHAPE.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(t));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The month it is now where the contributors work. */
    public static YearMonth current(Clock clock, ZoneId zone) {
        return YearMonth.now(clock.withZone(zone));
    }
}
