package dev.gopherbot.apps.usersync.users;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.usersync.AppDatabase;
import dev.gopherbot.apps.usersync.Rows;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upsert by Slack's clock, on a real PostgreSQL, including many writers at once. */
class UserStoreIT {
    private AppDatabase database;
    private UserStore store;
    private Rows rows;

    @BeforeEach
    void start() {
        FreshDatabase db = PostgresServer.shared().freshDatabase();
        database = new AppDatabase(db);
        store = new UserStore(database.dataSource());
        rows = new Rows(db);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void aNewerVersionReplacesTheRowAndAnOlderOrEqualOneIsDropped() throws Exception {
        assertTrue(store.apply(version("U0ALICE", 200, "second")));
        assertFalse(store.apply(version("U0ALICE", 100, "first, late")));
        assertFalse(store.apply(version("U0ALICE", 200, "second, again")));
        assertTrue(store.apply(version("U0ALICE", 300, "third")));

        assertEquals("third", rows.user("U0ALICE").orElseThrow().title());
    }

    @Test
    void manyWritersApplyingVersionsOfOneUserAtOnceEndWithTheNewest() throws Exception {
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= 400; v++) {
            versions.add(v);
        }
        Collections.shuffle(versions, new Random(42));
        ExecutorService writers = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int v : versions) {
                results.add(writers.submit(() -> {
                    go.await(); // all at once, so they contend for the row
                    return store.apply(version("U0RACE", v, "version " + v));
                }));
            }
            go.countDown();
            for (Future<Boolean> r : results) {
                r.get();
            }
        } finally {
            writers.shutdownNow();
        }

        Rows.Row row = rows.user("U0RACE").orElseThrow();
        assertEquals(400, row.updated());
        assertEquals("version 400", row.title());
    }

    @Test
    void theSameUserIdInTwoWorkspacesIsTwoRows() throws Exception {
        store.apply(SlackUser.fromEvent(user("W0GRID").team("T0ONE").title("in one").updated(100).json()));
        store.apply(SlackUser.fromEvent(user("W0GRID").team("T0TWO").title("in two").updated(100).json()));

        assertEquals("in one", rows.user("T0ONE", "W0GRID").orElseThrow().title());
        assertEquals("in two", rows.user("T0TWO", "W0GRID").orElseThrow().title());
    }

    @Test
    void aFullSyncPageSettlesASameSecondTieThatAnEventCouldNot() throws Exception {
        store.apply(version("U0TIE", 100, "stale"));
        try (Connection c = database.dataSource().getConnection()) {
            assertEquals(1, store.applyAll(c, List.of(version("U0TIE", 100, "as listed"))));
            assertEquals(0, store.applyAll(c, List.of(version("U0TIE", 99, "older"))));
        }

        assertEquals("as listed", rows.user("U0TIE").orElseThrow().title());
    }

    @Test
    void onlyUsersNeitherListedNorWrittenSinceThePassStartedAreDeactivated() throws Exception {
        store.apply(version("U0LISTED", 100, ""));
        store.apply(version("U0GONE", 100, ""));
        Instant passStarted = databaseClock(); // as PageStep's pass records it: by the server's clock
        store.apply(version("U0JOINED", 100, "joined after the pass read its page"));
        try (Connection c = database.dataSource().getConnection()) {
            store.markSeen(c, "T0GOPHER", List.of("U0LISTED"), 7);

            assertEquals(1, store.deactivateMissing(c, "T0GOPHER", 7, passStarted));
        }

        assertFalse(rows.user("U0LISTED").orElseThrow().deleted());
        assertTrue(rows.user("U0GONE").orElseThrow().deleted());
        assertFalse(rows.user("U0JOINED").orElseThrow().deleted());
    }

    private Instant databaseClock() throws Exception {
        try (Connection c = rows.connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static SlackUser version(String id, long updated, String title) throws MalformedUser {
        return SlackUser.fromEvent(user(id).title(title).updated(updated).json());
    }
}
