package dev.gopherbot.database;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationsIT {
    private static final String RULE =
            " (an applied script never changes; a new one takes a version above the newest applied)";
    private FreshDatabase db;
    private Database database;

    @BeforeEach
    void freshDatabase() {
        db = PostgresServer.shared().freshDatabase();
        database = open(db, 1); // one connection is enough to migrate
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAppsScriptsGoIntoTheSchemaNamedAfterItWithAHistoryOfItsOwn() throws SQLException {
        assertEquals(2, Migrations.migrate(database.dataSource(), "notes"));

        assertEquals(List.of("flyway_schema_history", "note"), rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'notes' ORDER BY 1"));
        assertEquals(List.of(), rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
        assertEquals(List.of("1", "2"), appliedVersions("notes"));
        assertEquals(List.of("first"), rows("SELECT text FROM notes.note"));
    }

    @Test
    void migratingAnUpToDateSchemaAgainAppliesNothing() throws SQLException {
        Migrations.migrate(database.dataSource(), "notes");

        assertEquals(0, Migrations.migrate(database.dataSource(), "notes"));
        assertEquals(List.of("1", "2"), appliedVersions("notes"));
        assertEquals(List.of("first"), rows("SELECT text FROM notes.note"));
    }

    @Test
    void aFailingSecondScriptLeavesNoTableAndNoHistoryRowOfTheFirst() throws SQLException {
        MigrationFailed e = assertThrows(MigrationFailed.class,
                () -> Migrations.migrate(database.dataSource(), "broken"));

        assertEquals("app broken: migration at V2__second.sql failed: ERROR: relation \"no_such_table\" does not "
                + "exist (no pending migration was applied: they run in one transaction)", e.getMessage());
        assertEquals("broken", e.app());
        assertEquals(List.of(), rows("SELECT table_name FROM information_schema.tables "
                + "WHERE table_name IN ('first_table', 'second_table')"));
        assertEquals(List.of(), appliedVersions("broken"));
    }

    @Test
    void aFailingReleaseLeavesTheSchemaAndHistoryOfThePreviousOneExactlyAsTheyWere() throws SQLException {
        assertEquals(1, Migrations.migrate(database.dataSource(), "growing", "classpath:db/growing_r1"));
        List<String> before = schemaAndHistory("growing");

        MigrationFailed e = assertThrows(MigrationFailed.class,
                () -> Migrations.migrate(database.dataSource(), "growing", "classpath:db/growing_r2"));

        assertTrue(e.getMessage().startsWith("app growing: migration at V3__bad.sql failed: ERROR: relation "
                + "\"no_such_table\" does not exist"), e.getMessage());
        assertEquals(before, schemaAndHistory("growing"));
        assertEquals(List.of(), rows("SELECT id FROM growing.item")); // V2's insert went too
    }

    @Test
    void aChangedAppliedScriptStopsTheMigrationWithAnErrorNamingItsVersion() throws SQLException {
        Migrations.migrate(database.dataSource(), "changing", "classpath:db/changing_r1");

        MigrationFailed e = assertThrows(MigrationFailed.class,
                () -> Migrations.migrate(database.dataSource(), "changing", "classpath:db/changing_r2"));

        assertEquals("app changing: migrations in classpath:db/changing_r2 failed validation: V1__init.sql: "
                + "Migration checksum mismatch for migration version 1" + RULE, e.getMessage());
        assertEquals(List.of("integer"), rows("SELECT data_type FROM information_schema.columns "
                + "WHERE table_schema = 'changing' AND table_name = 'thing'"));
    }

    @Test
    void aNewScriptOlderThanTheNewestAppliedIsRefusedNamingItsVersion() throws SQLException {
        assertEquals(2, Migrations.migrate(database.dataSource(), "ooo", "classpath:db/ooo_r1"));

        MigrationFailed e = assertThrows(MigrationFailed.class,
                () -> Migrations.migrate(database.dataSource(), "ooo", "classpath:db/ooo_r2"));

        assertEquals("app ooo: migrations in classpath:db/ooo_r2 failed validation: V2__late.sql: "
                + "Detected resolved migration not applied to database: 2." + RULE, e.getMessage());
        assertEquals(List.of("1", "3"), appliedVersions("ooo"));
    }

    @Test
    void anAppWithoutScriptsIsAnErrorNamingWhereItLooked() {
        MigrationFailed e = assertThrows(MigrationFailed.class,
                () -> Migrations.migrate(database.dataSource(), "nothing_here"));

        assertEquals("app nothing_here: migration failed: Unable to resolve location classpath:db/nothing_here.",
                e.getMessage());
    }

    @Test
    void twoProcessesMigratingAtOnceApplyEachScriptOnceWhileTheSecondWaitsForTheLock() throws Exception {
        ExecutorService processes = Executors.newFixedThreadPool(2);
        try (Database first = open(db, 1); Database second = open(db, 1); Connection gate = connect(db)) {
            // V1 of "gated" waits for this lock, so whoever migrates first holds Flyway's lock until we let go
            execute(gate, "SELECT pg_advisory_lock(4242)");

            Future<Integer> a = processes.submit(() -> Migrations.migrate(first.dataSource(), "gated"));
            Future<Integer> b = processes.submit(() -> Migrations.migrate(second.dataSource(), "gated"));
            await().atMost(Duration.ofSeconds(30)).until(() -> oneMigratesAndTheOtherWaitsForTheLock(gate));
            execute(gate, "SELECT pg_advisory_unlock(4242)");

            assertEquals(2, a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)); // 2 scripts, applied once
            assertEquals(List.of("1", "2"), appliedVersions("gated"));
            assertEquals(List.of("1"), rows("SELECT id FROM gated.runs"));
        } finally {
            processes.shutdownNow();
        }
    }

    /** One session is inside V1 waiting at the gate, another's last statement is Flyway trying its lock. */
    private static boolean oneMigratesAndTheOtherWaitsForTheLock(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT count(*) FILTER (WHERE wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock_shared%'),
                       count(*) FILTER (WHERE query LIKE 'SELECT pg_try_advisory_lock(%')
                FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()""")) {
            rs.next();
            return rs.getInt(1) == 1 && rs.getInt(2) == 1;
        }
    }

    private List<String> appliedVersions(String schema) throws SQLException {
        if (rows("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = 'flyway_schema_history'").isEmpty()) {
            return List.of();
        }
        return rows("SELECT version FROM " + schema + ".flyway_schema_history "
                + "WHERE type <> 'SCHEMA' AND success ORDER BY installed_rank");
    }

    /** Every column of every table in the schema, and every history row: what "exactly as before" compares. */
    private List<String> schemaAndHistory(String schema) throws SQLException {
        List<String> all = new ArrayList<>(rows("SELECT table_name || '.' || column_name || ':' || data_type "
                + "FROM information_schema.columns WHERE table_schema = '" + schema + "' ORDER BY 1"));
        all.addAll(rows("SELECT concat_ws('|', installed_rank, version, script, checksum, success) FROM " + schema
                + ".flyway_schema_history ORDER BY installed_rank"));
        return all;
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = connect(db); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(FreshDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static Database open(FreshDatabase db, int poolSize) {
        Env env = new Env(Map.of("DATABASE_URL", db.databaseUrl(), "DATABASE_POOL_SIZE", String.valueOf(poolSize)));
        DatabaseSettings settings = DatabaseSettings.required(env, "test");
        env.check();
        return new Database(settings);
    }
}
