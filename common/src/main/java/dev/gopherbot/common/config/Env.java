package dev.gopherbot.common.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads settings from environment variables, collecting every problem instead of stopping at the first, so an
 * operator sees all missing or invalid settings in one start attempt. Call {@link #check()} once all are read.
 */
public final class Env {
    private final Map<String, String> vars;
    private final List<String> problems = new ArrayList<>();

    public Env(Map<String, String> vars) {
        this.vars = Map.copyOf(vars);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    /** The raw value, or null when unset or blank. */
    public String raw(String name) {
        String v = vars.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public String string(String name, String defaultValue) {
        String v = raw(name);
        return v == null ? defaultValue : v;
    }

    /** A required secret; a missing one is reported by name only. */
    public Secret secret(String name) {
        String v = raw(name);
        if (v == null) {
            problems.add(name + " is required but not set");
            return new Secret("");
        }
        return new Secret(v);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        return parse(name, defaultValue, s -> {
            int n = Integer.parseInt(s);
            if (n < min || n > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return n;
        }, "an integer between " + min + " and " + max);
    }

    /** A duration written as {@code 30s}, {@code 10m}, {@code 2h}, {@code 3d} or {@code 500ms}. */
    public Duration duration(String name, Duration defaultValue) {
        return parse(name, defaultValue, Env::parseDuration, "a duration such as 500ms, 30s, 10m, 2h or 3d");
    }

    public URI url(String name, String defaultValue) {
        return parse(name, URI.create(defaultValue), s -> {
            URI u = URI.create(s);
            if (u.getScheme() == null || u.getHost() == null) {
                throw new IllegalArgumentException("not absolute");
            }
            return u;
        }, "an absolute URL");
    }

    public <E extends Enum<E>> E choice(String name, E defaultValue) {
        Class<E> type = defaultValue.getDeclaringClass();
        return parse(name, defaultValue, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)),
                "one of " + allowed(type));
    }

    /** Records a problem found by a caller's own check. */
    public void problem(String line) {
        problems.add(line);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws one {@link ConfigException} listing every problem found so far. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private <T> T parse(String name, T defaultValue, Function<String, T> parser, String expected) {
        String v = raw(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return parser.apply(v);
        } catch (RuntimeException e) {
            // the value is echoed: parse() is never used for secrets
            problems.add(name + "=" + v + " is invalid: expected " + expected);
            return defaultValue;
        }
    }

    static Duration parseDuration(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("unit");
        };
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }
}
