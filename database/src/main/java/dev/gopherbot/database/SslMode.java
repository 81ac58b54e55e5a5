package dev.gopherbot.database;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** libpq's and pgjdbc's {@code sslmode} values. Heroku Postgres needs at least {@link #REQUIRE}. */
public enum SslMode {
    DISABLE, ALLOW, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

    /** The value as written in a URL or {@code DATABASE_SSLMODE}: {@code verify-ca}, not {@code VERIFY_CA}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<SslMode> parse(String value) {
        return Arrays.stream(values()).filter(m -> m.parameter().equalsIgnoreCase(value.trim())).findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(SslMode::parameter).collect(Collectors.joining(", "));
    }
}
