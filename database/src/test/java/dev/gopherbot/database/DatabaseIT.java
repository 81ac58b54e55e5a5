package dev.gopherbot.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseIT {
    private FreshDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = PostgresServer.shared().freshDatabase();
    }

    @Test
    void aDatabaseUrlLikeHerokusGivesConnectionsToThatDatabaseAsThatUser() throws SQLException {
        try (Database database = new Database(settings(db.databaseUrl()));
             Connection c = database.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database(), current_user, "
                     + "(SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid())")) {
            rs.next();
            assertEquals(db.name(), rs.getString(1));
            assertEquals(db.user(), rs.getString(2));
            assertFalse(rs.getBoolean(3)); // localhost: sslmode=disable
        }
    }

    @Test
    void aServerThatIsDownFailsStartUpWithOneLineNamingWhereNotThePassword() throws IOException {
        int port = freePort(); // nothing listens there
        String url = "postgres://" + db.user() + ":" + db.password() + "@localhost:" + port + "/" + db.name();
        long start = System.nanoTime();

        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class,
                () -> new Database(settings(url), Duration.ofSeconds(1)).close());

        assertTrue(e.getMessage().startsWith("PostgreSQL at localhost:" + port + "/" + db.name()
                + " did not answer within 1 s: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains(db.password()), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "gave up in time");
    }

    @Test
    void aWrongPasswordFailsAtOnceInsteadOfWaitingForTheServer() {
        String wrong = "wrong-" + db.password();
        String url = "postgres://" + db.user() + ":" + wrong + "@localhost:" + db.port() + "/" + db.name();
        long start = System.nanoTime();

        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class, () -> new Database(settings(url)).close());

        // not after the start-up patience, nor after a pool's connection timeout: at the server's first answer
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Database.CONNECTION_TIMEOUT) < 0,
                "failed at once");
        assertTrue(e.getMessage().contains("refused the connection")
                && e.getMessage().contains("password authentication failed for user \"" + db.user() + "\""),
                e.getMessage());
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
    }

    @Test
    void sslmodeRequireIsEnforcedNotDowngradedWhenTheServerHasNoTls() {
        // the test server speaks no TLS: a Heroku-style require must refuse it rather than fall back to plain text
        DatabaseSettings require = settings(db.databaseUrl(), "DATABASE_SSLMODE", "require");
        assertEquals(SslMode.REQUIRE, require.sslMode());

        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class, () -> new Database(require).close());

        assertEquals("PostgreSQL at localhost:" + db.port() + "/" + db.name() + " refused the connection: "
                + "The server does not support SSL.", e.getMessage());
    }

    @Test
    void startUpWaitsForAServerThatComesUpMeanwhile() throws Exception {
        int port = freePort();
        // the fixture's superuser is trusted without a password; the fresh databases live on the shared server
        DatabaseSettings settings = settings("postgres://postgres@localhost:" + port + "/postgres");
        CompletableFuture<Database> starting = CompletableFuture.supplyAsync(() -> new Database(settings));

        // initdb and start-up take a second or more, so the first attempts find nothing listening; a start-up that
        // gave up on them would end this future exceptionally and get() would throw
        try (PostgresServer late = PostgresServer.start(port);
             Database database = starting.get(Database.STARTUP_PATIENCE.toSeconds() + 10, TimeUnit.SECONDS);
             Connection c = database.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            assertEquals(port, late.port());
            assertTrue(rs.next());
        }
    }

    private static DatabaseSettings settings(String url, String... more) {
        Map<String, String> vars = new HashMap<>(Map.of("DATABASE_URL", url));
        for (int i = 0; i < more.length; i += 2) {
            vars.put(more[i], more[i + 1]);
        }
        Env env = new Env(vars);
        DatabaseSettings settings = DatabaseSettings.required(env, "test");
        env.check();
        return settings;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
