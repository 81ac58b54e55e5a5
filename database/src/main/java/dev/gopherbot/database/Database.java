package dev.gopherbot.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;

    public Database(DatabaseSettings settings) {
        this(settings, STARTUP_PATIENCE);
    }

    Database(DatabaseSettings settings, Duration patience) {
        pool = new HikariDataSource(config(settings, patience));
        String version;
        try {
            version = awaitFirstConnection(settings, patience);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
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

    private static HikariConfig config(DatabaseSettings settings, Duration patience) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("gopherbot-postgres");
        c.setJdbcUrl(settings.jdbcUrl());
        c.setUsername(settings.user());
        c.setPassword(settings.password().reveal());
        c.setMaximumPoolSize(settings.poolSize());
        c.setMinimumIdle(1);
        c.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        long timeout = Math.min(CONNECTION_TIMEOUT.toMillis(), Math.max(250, patience.toMillis()));
        c.setConnectionTimeout(timeout);
        c.setValidationTimeout(Math.min(timeout, 2_000));
        // no check while building the pool: awaitFirstConnection() waits, and tells lasting refusals apart
        c.setInitializationFailTimeout(-1);
        c.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, timeout / 1000))); // seconds, TCP + TLS
        c.addDataSourceProperty("tcpKeepAlive", "true");
        c.addDataSourceProperty("ApplicationName", "gopherbot");
        return c;
    }

    /**
     * Each attempt is one {@code getConnection()}, which itself waits up to the connection timeout while the pool
     * retries in the background, so this loop needs no sleep of its own.
     */
    private String awaitFirstConnection(DatabaseSettings settings, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                return c.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                SQLException reason = rootSqlException(e);
                if (isLasting(reason)) {
                    throw new DatabaseUnavailable("PostgreSQL at " + settings.where() + " refused the connection: "
                            + firstLine(reason.getMessage()), e);
                }
                if (System.nanoTime() >= deadline) {
                    throw new DatabaseUnavailable("PostgreSQL at " + settings.where() + " did not answer within "
                            + patience.toSeconds() + " s: " + firstLine(reason.getMessage()), e);
                }
                log.warn("PostgreSQL at {} not reachable yet (attempt {}: {})", settings.where(), attempt,
                        firstLine(reason.getMessage()));
            }
        }
    }

    /** Wrong user or password (class 28), no such database (3D000), TLS refused (08004): waiting does not help. */
    private static boolean isLasting(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("28") || state.equals("3D000") || state.equals("08004");
    }

    /** The pool wraps the driver's exception; the innermost SQLException carries the server's words. */
    private static SQLException rootSqlException(SQLException e) {
        SQLException root = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                root = s;
            }
        }
        return root;
    }

    /** Drivers and Flyway write several lines (detail, hint, position); an error line holds the first. */
    static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
