package dev.gopherbot.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.gopherbot.common.retry.Backoff;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one connection pool to PostgreSQL (HikariCP). Small on purpose: Heroku Postgres plans limit
 * connections for the whole app, so the pool keeps one idle connection and grows to {@code DATABASE_POOL_SIZE}.
 * Start-up waits for the server like {@code RedisConnector} waits for Redis, so dynos that boot while the database
 * restarts do not crash-loop; a refusal that waiting cannot cure (wrong password, no such database, no TLS) fails at
 * once.
 */
public final class Database implements AutoCloseable {
    /** How long start-up waits for the server before it gives up (and Heroku restarts the dyno). */
    public static final Duration STARTUP_PATIENCE = Duration.ofSeconds(20);
    /** How long a caller waits for a connection: a down database fails a request in seconds, not minutes. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** 250 ms doubling to 2 s, with jitter: at a deploy every dyno that hosts a database app asks at once. */
    static final Backoff STARTUP_PAUSE = Backoff.exponential(Duration.ofMillis(250), Duration.ofSeconds(2))
            .withJitter(0.2);
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;

    /** Waits up to {@link #STARTUP_PATIENCE} for the server; throws {@link DatabaseUnavailable} if it never answers. */
    public Database(DatabaseSettings settings) {
        this(settings, STARTUP_PATIENCE);
    }

    Database(DatabaseSettings settings, Duration patience) {
        String version = awaitServer(settings, patience);
        pool = new HikariDataSource(config(settings));
        log.info("PostgreSQL {} at {} ready (sslmode={}, pool of at most {})", version, settings.where(),
                settings.sslMode().parameter(), settings.poolSize());
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static HikariConfig config(DatabaseSettings settings) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("gopherbot-postgres");
        c.setJdbcUrl(settings.jdbcUrl());
        c.setUsername(settings.user());
        c.setPassword(settings.password().reveal());
        c.setMaximumPoolSize(settings.poolSize());
        c.setMinimumIdle(1);
        c.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        c.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        c.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        c.setInitializationFailTimeout(-1); // awaitServer() already waited, and told lasting refusals apart
        c.setDataSourceProperties(driverProperties(settings));
        return c;
    }

    /** TCP and TLS handshake limit (seconds), keep-alives, and a name in pg_stat_activity; no credentials. */
    private static Properties driverProperties(DatabaseSettings settings) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", String.valueOf(CONNECTION_TIMEOUT.toSeconds()));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "gopherbot");
        return p;
    }

    /**
     * Connects once through the driver itself, not the pool: the pool would turn an instant refusal into a wait for
     * its connection timeout and hide the driver's reason. Returns the server's version.
     */
    private static String awaitServer(DatabaseSettings settings, Duration patience) {
        Properties props = driverProperties(settings);
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password().reveal());
        long deadline = System.nanoTime() + patience.toNanos();
        for (int attempt = 1; ; attempt++) {
            try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), props)) {
                return c.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                String reason = firstLine(e.getMessage());
                if (isLasting(e)) {
                    throw new DatabaseUnavailable("PostgreSQL at " + settings.where() + " refused the connection: "
                            + reason, e);
                }
                long backoffMs = STARTUP_PAUSE.delay(attempt).toMillis();
                if (System.nanoTime() + backoffMs * 1_000_000 > deadline) {
                    throw new DatabaseUnavailable("PostgreSQL at " + settings.where() + " did not answer within "
                            + patience.toSeconds() + " s: " + reason, e);
                }
                log.warn("PostgreSQL at {} not reachable yet (attempt {}: {}); retrying in {} ms", settings.where(),
                        attempt, reason, backoffMs);
                try {
                    Thread.sleep(backoffMs); // start-up backoff, nothing to synchronise with
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new DatabaseUnavailable("interrupted while waiting for PostgreSQL at " + settings.where(),
                            e);
                }
            }
        }
    }

    /** Wrong user or password (class 28), no such database (3D000), TLS refused (08004): waiting does not help. */
    private static boolean isLasting(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("28") || state.equals("3D000") || state.equals("08004");
    }

    /** Drivers and Flyway write several lines (detail, hint, position); an error line holds the first. */
    static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
