package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An app that keeps data gets PostgreSQL: it cannot start without {@code DATABASE_URL}, its migrations run before
 * anything else into a schema of its own, and a migration that fails stops the start and leaves the schema as it was.
 */
class StorageIT {
    private FreshDatabase database;

    @BeforeEach
    void database() {
        database = PostgresServer.shared().freshDatabase(); // skips the test, with the reason, without a server
    }

    /** Writes a note per "note …" message, in its own schema. */
    private static App notes(String name, AtomicReference<DataSource> seen) {
        return App.of(name, app -> {
            DataSource db = app.database();
            seen.set(db);
            app.add(r -> r.prefix("note ", "note <text>", "keeps a note", (ctx, text) -> {
                try (Connection c = db.getConnection();
                     PreparedStatement insert = c.prepareStatement("INSERT INTO notes (text) VALUES (?)")) {
                    insert.setString(1, text);
                    insert.executeUpdate();
                }
                return Outcome.done();
            }));
        });
    }

    @Test
    void anAppThatKeepsDataRefusesToStartWithoutADatabaseNamingTheSetting() {
        try (ConsumerFixture bot = new ConsumerFixture()) {
            var e = assertThrows(ConfigException.class,
                    () -> bot.start(Map.of(), List.of(notes("notes", new AtomicReference<>()))));

            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("DATABASE_URL is required by app notes")),
                    e.problems().toString());
        }
    }

    @Test
    void itsMigrationsRunAtStartIntoItsOwnSchemaAndItsHandlersWriteThere() throws Exception {
        AtomicReference<DataSource> db = new AtomicReference<>();
        try (ConsumerFixture bot = new ConsumerFixture()) {
            bot.start(Map.of("DATABASE_URL", database.databaseUrl()), List.of(notes("notes", db)));

            bot.awaitSettled(bot.say("D0ALICE", "U0ALICE", "note buy milk"));

            await().atMost(Duration.ofSeconds(5)).until(() -> count(db.get(), "notes") == 1);
            try (Connection c = db.get().getConnection()) {
                assertEquals("notes", c.getSchema());
            }
        }
    }

    @Test
    void aMigrationThatFailsStopsTheStartNamingTheScriptAndLeavesTheSchemaUnchanged() throws Exception {
        AtomicReference<DataSource> db = new AtomicReference<>();
        try (ConsumerFixture bot = new ConsumerFixture()) {
            var e = assertThrows(ConfigException.class, () -> bot.start(
                    Map.of("DATABASE_URL", database.databaseUrl()), List.of(notes("broken", db))));

            String problem = e.problems().getFirst();
            assertTrue(problem.contains("broken") && problem.contains("V2__oops.sql"), problem);
            assertFalse(problem.contains(database.password()), "no password in the error");
            try (Connection c = PostgresServer.shared().superuserConnection(database.name());
                 ResultSet tables = c.getMetaData().getTables(null, "broken", "notes", new String[] {"TABLE"})) {
                assertFalse(tables.next(), "V1's table was rolled back with V2: nothing of either remains");
            }
        }
    }

    private static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
