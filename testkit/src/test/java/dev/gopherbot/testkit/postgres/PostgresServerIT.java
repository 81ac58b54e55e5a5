package dev.gopherbot.testkit.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIT {
    private PostgresServer server;

    @BeforeEach
    void server() {
        server = PostgresServer.shared();
    }

    @Test
    void eachFreshDatabaseIsSeparateFromTheOthers() throws SQLException {
        FreshDatabase one = server.freshDatabase();
        FreshDatabase two = server.freshDatabase();
        assertNotEquals(one.name(), two.name());

        try (Connection c = connect(one); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE only_here (id int)");
        }
        try (Connection c = connect(two); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void theServerChecksPasswordsLikeHerokuPostgres() {
        FreshDatabase db = server.freshDatabase();

        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "not-the-password").close());

        assertEquals("28P01", e.getSQLState()); // invalid_password
    }

    @Test
    void theOwnerOfAFreshDatabaseIsNotASuperuser() throws SQLException {
        FreshDatabase db = server.freshDatabase();

        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            rs.next();
            assertFalse(rs.getBoolean(1));
        }
    }

    @Test
    void theServerIsTheTestsOwnNotTheMachines() throws SQLException {
        assertNotEquals(5432, server.port());
        try (Connection c = server.superuserConnection("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            assertTrue(rs.getString(1).startsWith(System.getProperty("java.io.tmpdir")), rs.getString(1));
        }
    }

    @Test
    void aServerOfOnesOwnStopsOnClose() throws SQLException {
        PostgresServer own = PostgresServer.start();
        FreshDatabase db = own.freshDatabase();
        connect(db).close();

        own.close();

        assertThrows(SQLException.class, () -> connect(db).close());
    }

    @Test
    void aServerKeepingItsDataComesBackWithItAfterARestart(@TempDir Path data) throws SQLException {
        PostgresServer first = PostgresServer.startKeeping(data, 0);
        FreshDatabase db = first.freshDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v text)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        int port = first.port();
        first.close();
        assertThrows(SQLException.class, () -> connect(db).close());

        try (PostgresServer again = PostgresServer.startKeeping(data, port);
             Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        }
    }

    private static Connection connect(FreshDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }
}
