package dev.gopherbot.database;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to reach PostgreSQL, from {@code DATABASE_URL} as Heroku sets it ({@code postgres://user:password@host:port/db};
 * {@code postgresql://} and {@code jdbc:postgresql://} work too). The JDBC URL carries no credentials: the user and
 * password travel beside it, and the password is a {@link Secret}, so neither a log line, an error message nor
 * {@link #toString()} can show it. Problems are recorded in the {@link Env}, one line each, never echoing the URL.
 *
 * @param sslMode   {@code DATABASE_SSLMODE}, else the URL's {@code sslmode}, else {@code require} for every host but
 *                  this machine ({@code disable} for localhost, 127.0.0.1, ::1): Heroku Postgres refuses plain text
 * @param poolSize  {@code DATABASE_POOL_SIZE}, 1..50, default 5: mind the plan's connection limit across all dynos
 */
public record DatabaseSettings(String host, int port, String database, String user, Secret password, SslMode sslMode,
                               int poolSize) {
    public static final int DEFAULT_POOL_SIZE = 5;
    public static final int DEFAULT_PORT = 5432;
    private static final String EXPECTED =
            "expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /** The settings, or empty when {@code DATABASE_URL} is unset (or invalid: then a problem is recorded). */
    public static Optional<DatabaseSettings> from(Env env) {
        int poolSize = env.integer("DATABASE_POOL_SIZE", DEFAULT_POOL_SIZE, 1, 50);
        SslMode override = sslModeOverride(env);
        String raw = env.raw("DATABASE_URL");
        return raw == null ? Optional.empty() : parse(raw, override, poolSize, env);
    }

    /**
     * The settings of a process that runs an app which keeps its data in PostgreSQL: an unset {@code DATABASE_URL} is
     * a problem naming the app. After a problem the result is a placeholder: call {@link Env#check()} before use.
     */
    public static DatabaseSettings required(Env env, String app) {
        if (env.raw("DATABASE_URL") == null) {
            env.problem("DATABASE_URL is required by app " + app + " (it keeps its data in PostgreSQL) but not set");
        }
        return from(env).orElseGet(() -> new DatabaseSettings("localhost", DEFAULT_PORT, "unset", "unset",
                new Secret(""), SslMode.DISABLE, DEFAULT_POOL_SIZE));
    }

    /** {@code jdbc:postgresql://host:port/database?sslmode=…}: no user, no password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?sslmode=" + sslMode.parameter();
    }

    /** {@code host:port/database}, for log lines and error messages. */
    public String where() {
        return host + ":" + port + "/" + database;
    }

    private static SslMode sslModeOverride(Env env) {
        String raw = env.raw("DATABASE_SSLMODE");
        if (raw == null) {
            return null;
        }
        Optional<SslMode> mode = SslMode.parse(raw);
        if (mode.isEmpty()) {
            env.problem("DATABASE_SSLMODE=" + raw + " is invalid: expected one of " + SslMode.allowed());
        }
        return mode.orElse(null);
    }

    private static Optional<DatabaseSettings> parse(String raw, SslMode override, int poolSize, Env env) {
        try {
            return parse(new URI(raw.regionMatches(true, 0, "jdbc:", 0, 5) ? raw.substring(5) : raw), override,
                    poolSize, env);
        } catch (URISyntaxException | IllegalArgumentException e) { // a bad URI, or a bad %-escape
            return invalid(env, "DATABASE_URL is invalid: " + EXPECTED);
        }
    }

    private static Optional<DatabaseSettings> parse(URI u, SslMode override, int poolSize, Env env) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgres") && !scheme.equals("postgresql") || u.getHost() == null) {
            return invalid(env, "DATABASE_URL is invalid: " + EXPECTED);
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) {
            return invalid(env, "DATABASE_URL names no database: " + EXPECTED);
        }
        Map<String, String> query = query(u.getRawQuery());
        String user = query.remove("user");
        String password = query.remove("password");
        String sslmode = query.remove("sslmode");
        if (!query.isEmpty()) {
            return invalid(env, "DATABASE_URL has unsupported parameters " + new TreeSet<>(query.keySet())
                    + ": only user, password and sslmode are read");
        }
        if (u.getRawUserInfo() != null) {
            // split before decoding: an encoded ':' (%3A) belongs to the password
            String[] parts = u.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : password;
        }
        if (user == null || user.isEmpty()) {
            return invalid(env, "DATABASE_URL has no user name: " + EXPECTED);
        }
        SslMode mode = override;
        if (mode == null && sslmode != null) {
            mode = SslMode.parse(sslmode).orElse(null);
            if (mode == null) {
                return invalid(env, "DATABASE_URL has an invalid sslmode: expected one of " + SslMode.allowed());
            }
        }
        if (mode == null) {
            mode = LOCAL_HOSTS.contains(u.getHost().toLowerCase(Locale.ROOT)) ? SslMode.DISABLE : SslMode.REQUIRE;
        }
        int port = u.getPort() == -1 ? DEFAULT_PORT : u.getPort();
        return Optional.of(new DatabaseSettings(u.getHost(), port, database, user,
                new Secret(password == null ? "" : password), mode, poolSize));
    }

    private static Optional<DatabaseSettings> invalid(Env env, String problem) {
        env.problem(problem);
        return Optional.empty();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        return params;
    }

    /** Percent-decoding only: a '+' in a password is a plus, not a space as in a form. */
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
