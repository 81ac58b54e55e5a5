package dev.gopherbot.apps.usersync.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.usersync.Rows;
import dev.gopherbot.apps.usersync.UsersyncApp;
import dev.gopherbot.apps.usersync.UsersyncFixture;
import dev.gopherbot.bgtasks.AppHarness;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import dev.gopherbot.testkit.slack.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The full sync as bgtasks runs it: real Redis (leadership, calendar state), PostgreSQL, and the fake Slack's
 * {@code users.list} over HTTP with 454 people, so three pages of 200.
 */
class FullSyncIT {
    private static final int PEOPLE = 454; // the fake's 4 plus 450: pages of 200, 200 and 54
    private static final Instant BEFORE_DUE = Instant.parse("2026-01-10T02:59:00Z");
    private static RedisServer redis;

    private AppHarness harness;
    private FreshDatabase db;
    private Rows rows;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.startEphemeral();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void start() {
        db = PostgresServer.shared().freshDatabase();
        rows = new Rows(db);
        harness = new AppHarness(redis, BEFORE_DUE);
        for (int i = 0; i < PEOPLE - 4; i++) {
            harness.slack.workspace().addUser(new Workspace.User(String.format("U1%05d", i), "person" + i,
                    "Person " + i, false));
        }
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theInitialSyncStoresEveryoneListedPageByPage() {
        startBgtasks("50ms");

        awaitCompletedPasses(1);
        assertEquals(PEOPLE, rows.count("SELECT count(*) FROM usersync.users"));
        List<Call> lists = harness.calls("users.list");
        assertEquals(3, lists.size());
        assertEquals(null, lists.get(0).param("cursor"));
        assertTrue(lists.stream().allMatch(c -> "200".equals(c.param("limit"))));
        assertFalse(lists.get(1).param("cursor").isBlank());
        assertFalse(lists.get(2).param("cursor").equals(lists.get(1).param("cursor")));
        Rows.Row alice = rows.user("U0ALICE").orElseThrow();
        assertEquals("Alice Liddell", alice.realName());
        assertTrue(rows.user("U0GOPHERBOT").orElseThrow().isBot());
    }

    @Test
    void aRateLimitMidPassIsWaitedOutAsRetryAfterSaysAndNoPageIsMissed() {
        AtomicBoolean limited = new AtomicBoolean();
        harness.slack.api().onCall(call -> {
            if (call.method().equals("users.list") && call.succeeded() && !limited.getAndSet(true)) {
                harness.slack.failNext("users.list", Failure.rateLimited(1)); // the second page's first try
            }
        });
        startBgtasks("50ms");

        awaitCompletedPasses(1);
        List<Call> lists = harness.calls("users.list");
        assertEquals(List.of(200, 429, 200, 200), lists.stream().map(Call::httpStatus).toList());
        Duration waited = Duration.between(lists.get(1).receivedAt(), lists.get(2).receivedAt());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after " + waited);
        assertEquals(lists.get(1).param("cursor"), lists.get(2).param("cursor"), "the same page, asked again");
        assertEquals(PEOPLE, rows.count("SELECT count(*) FROM usersync.users"));
    }

    @Test
    void aPassCutOffMidwayResumesFromItsSavedCursorInTheNextProcess() {
        BgTasksApp first = startBgtasks("10m"); // the first page at once, the next one not for ten minutes
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.count(
                "SELECT count(*) FROM usersync.sync_passes WHERE pages = 1") == 1);
        harness.stop(first);
        String saved = cursorOfOpenPass();
        assertEquals(200, rows.count("SELECT count(*) FROM usersync.users"));

        startBgtasks("50ms");

        awaitCompletedPasses(1);
        List<Call> lists = harness.calls("users.list");
        assertEquals(3, lists.size(), "no page listed twice");
        assertEquals(saved, lists.get(1).param("cursor"));
        assertEquals(PEOPLE, rows.count("SELECT count(*) FROM usersync.users"));
    }

    @Test
    void anOperatorsPassDeactivatesWhoeverIsGoneAndKeepsDeactivatedAccountsListed() {
        startBgtasks("50ms");
        awaitCompletedPasses(1);
        harness.slack.workspace().removeUser("U0CAROL");
        harness.slack.workspace().changeProfile("U0BOB", p -> p.withDeleted(true));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new FullSyncCommand(harness.clock).run(List.of(), new Env(Map.of("DATABASE_URL",
                db.databaseUrl())), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertEquals(0, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Full sync requested (pass "), out.toString());
        awaitCompletedPasses(2);
        assertTrue(rows.user("U0CAROL").orElseThrow().deleted(), "missing from the list: deactivated");
        assertTrue(rows.user("U0BOB").orElseThrow().deleted(), "listed as deactivated");
        assertFalse(rows.user("U0ALICE").orElseThrow().deleted());
        assertEquals(1, rows.count("SELECT marked_deleted FROM usersync.sync_passes ORDER BY id DESC LIMIT 1"));
        out.reset();
        new FullSyncCommand(harness.clock).run(List.of("status"), new Env(Map.of("DATABASE_URL",
                db.databaseUrl())), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(operator "), out.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(PEOPLE - 1 + " users listed"), out.toString());
    }

    @Test
    void eachScheduledDueTimeSyncsOnceAlthoughTwoBgtasksInstancesRun() {
        startBgtasks("50ms");
        startBgtasks("50ms");
        awaitCompletedPasses(1); // at start: the schedule's latest due time (or the initial pass), not both

        harness.clock.set(Instant.parse("2026-01-10T03:00:01Z"));

        awaitCompletedPasses(2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> rows.count(
                "SELECT count(*) FROM usersync.sync_passes") == 2);
        assertEquals(1, rows.count("SELECT count(*) FROM usersync.sync_passes WHERE reason = ?",
                "schedule 2026-01-10T03:00:00Z"));
        assertEquals(6, harness.calls("users.list").size(), "two passes of three pages, by one instance");
    }

    @Test
    void aCommandWithoutADatabaseSaysSoAndExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new FullSyncCommand(harness.clock).run(List.of(), new Env(Map.of()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("DATABASE_URL"), err.toString());
    }

    private BgTasksApp startBgtasks(String pageInterval) {
        return harness.start(List.of(new UsersyncApp()), env -> {
            Map<String, String> app = new HashMap<>(UsersyncFixture.appEnv(db));
            app.put("USERSYNC_PAGE_INTERVAL", pageInterval);
            env.putAll(app);
        });
    }

    private void awaitCompletedPasses(int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.count(
                "SELECT count(*) FROM usersync.sync_passes WHERE completed_at IS NOT NULL") == n);
    }

    private String cursorOfOpenPass() {
        try (var c = rows.connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT next_cursor FROM usersync.sync_passes WHERE completed_at IS NULL")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
