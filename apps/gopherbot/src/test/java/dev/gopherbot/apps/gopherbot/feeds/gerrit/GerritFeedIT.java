package dev.gopherbot.apps.gopherbot.feeds.gerrit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.gopherbot.feeds.FeedHarness;
import dev.gopherbot.apps.gopherbot.feeds.FeedStore;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.testkit.feeds.FeedFake;
import dev.gopherbot.testkit.feeds.Fixtures;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merged changes reach #golang-cls once each, oldest first, across polls, restarts and failures. */
class GerritFeedIT {
    /** Shortly after the newest recorded change (583400, merged 16:02:10). */
    private static final Instant NOW = Instant.parse("2024-05-07T16:10:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0CLS";
    private static final Consumer<Map<String, String>> GERRIT_ON = env -> env.put("GERRIT_CHANNEL", "golang-cls");
    private static RedisServer server;
    private FeedHarness h;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.startEphemeral();
    }

    @AfterAll
    static void stopRedis() {
        server.close();
    }

    @BeforeEach
    void start() {
        h = new FeedHarness(server, NOW);
        h.feeds.gerritChanges(Fixtures.json("gerrit/changes.json"));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private String cursor() {
        return h.redis.get(FeedStore.cursorKey(FeedHarness.KEYS, "gerrit"));
    }

    private int polls() {
        return h.feeds.requests(FeedFake.GERRIT_PATH).size();
    }

    @Test
    void theFirstPollAnnouncesOnlyTheNewestChangeWithProjectSubjectAndLink() {
        h.start(GERRIT_ON);

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        int seen = polls();
        await().atMost(WAIT).until(() -> polls() >= seen + 3);

        List<String> posted = h.posted(CHANNEL);
        assertEquals(1, posted.size(), posted.toString());
        assertTrue(posted.getFirst().contains("[go]"), posted.getFirst());
        assertTrue(posted.getFirst().contains("cmd/compile: avoid &lt;nil&gt; deref"), posted.getFirst());
        assertTrue(posted.getFirst().contains(h.feeds.url() + "/c/go/+/583400"), posted.getFirst());
        assertEquals("2024-05-07T16:02:10Z|583400", cursor());
        assertEquals("status:merged", h.feeds.requests(FeedFake.GERRIT_PATH).getFirst().param("q"));
    }

    @Test
    void newChangesAreAnnouncedOldestFirstOnceEachAcrossPollsAndARestart() {
        BgTasksApp app = h.start(GERRIT_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);

        // Gerrit lists by update time, not merge time: the first merged is on top here
        h.feeds.mergeGerrit(
                FeedFake.gerritChange(583500, "tools", "gopls: first", Instant.parse("2024-05-07T16:05:00Z")),
                FeedFake.gerritChange(583501, "go", "runtime: second", Instant.parse("2024-05-07T16:06:00Z")));
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 3);

        h.stop(app);
        h.feeds.mergeGerritChange(583502, "net", "http2: third", Instant.parse("2024-05-07T16:07:00Z"));
        h.start(GERRIT_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 4);
        int seen = polls();
        await().atMost(WAIT).until(() -> polls() >= seen + 3);

        List<String> posted = h.posted(CHANNEL);
        assertEquals(4, posted.size(), String.join("\n", posted));
        assertTrue(posted.get(1).contains("gopls: first"));
        assertTrue(posted.get(2).contains("runtime: second"));
        assertTrue(posted.get(3).contains("http2: third"));
        assertEquals("2024-05-07T16:07:00Z|583502", cursor(), "the cursor survived the restart");
    }

    @Test
    void theBacklogSkippedOnTheFirstPollIsNotFoundLaterByLookingBack() {
        // merged two minutes before the newest: inside the look-back window of every later poll
        h.feeds.mergeGerrit(
                FeedFake.gerritChange(583402, "go", "newest", Instant.parse("2024-05-07T16:04:00Z")),
                FeedFake.gerritChange(583401, "go", "backlog", Instant.parse("2024-05-07T16:02:00Z")));
        h.start(GERRIT_ON);

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        int seen = polls();
        await().atMost(WAIT).until(() -> polls() >= seen + 3);

        assertEquals(1, h.posted(CHANNEL).size(), String.join("\n", h.posted(CHANNEL)));
        assertTrue(h.posted(CHANNEL).getFirst().contains("newest"));
    }

    @Test
    void aChangeIndexedLateWithAnEarlierMergeTimeIsStillAnnouncedAndNothingIsRepeated() {
        h.start(GERRIT_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        h.feeds.mergeGerritChange(583510, "go", "merged second, seen first", Instant.parse("2024-05-07T16:06:00Z"));
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 2);

        h.feeds.mergeGerritChange(583509, "go", "merged first, seen late", Instant.parse("2024-05-07T16:05:00Z"));
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 3);
        int seen = polls();
        await().atMost(WAIT).until(() -> polls() >= seen + 3);

        List<String> posted = h.posted(CHANNEL);
        assertEquals(3, posted.size(), String.join("\n", posted));
        assertTrue(posted.get(2).contains("merged first, seen late"));
        assertEquals("2024-05-07T16:06:00Z|583510", cursor(), "the cursor did not move backwards");
    }

    @Test
    void failingPollsBackOffAndKeepTheCursorSoNothingMergedMeanwhileIsLost() {
        h.start(GERRIT_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        String before = cursor();

        h.feeds.failNext(FeedFake.GERRIT_PATH, 503, 0);
        h.feeds.failNext(FeedFake.GERRIT_PATH, 500, 0);
        h.feeds.mergeGerritChange(583600, "go", "os: during the outage", Instant.parse("2024-05-07T16:08:00Z"));
        h.feeds.mergeGerritChange(583601, "go", "io: also during it", Instant.parse("2024-05-07T16:09:00Z"));
        int seen = polls();
        await().atMost(WAIT).until(() -> polls() >= seen + 2);
        assertEquals(before, cursor(), "a failed poll moves nothing");

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 3);
        List<String> posted = h.posted(CHANNEL);
        assertTrue(posted.get(1).contains("os: during the outage"), "not treated as a first run: both announced");
        assertTrue(posted.get(2).contains("io: also during it"));
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfterAndAppearsOnce() {
        h.start(GERRIT_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);

        h.slack.failNext("chat.postMessage", Failure.rateLimited(1));
        h.feeds.mergeGerritChange(583700, "go", "sync: rate limited once", Instant.parse("2024-05-07T16:08:00Z"));

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 2);
        List<Call> attempts = h.calls("chat.postMessage");
        assertEquals(3, attempts.size(), "first post, refused post, retried post");
        assertEquals(429, attempts.get(1).httpStatus());
        assertTrue(h.posted(CHANNEL).get(1).contains("sync: rate limited once"));
    }

    @Test
    void changesOlderThanTheMaximumAgeAreSkippedButTheCursorMovesPastThem() {
        h.clock.set(NOW.plus(Duration.ofDays(2)));
        h.start(GERRIT_ON);

        await().atMost(WAIT).until(() -> "2024-05-07T16:02:10Z|583400".equals(cursor()));
        h.feeds.mergeGerritChange(583800, "go", "fresh one", NOW.plus(Duration.ofDays(2)).minusSeconds(60));

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        assertTrue(h.posted(CHANNEL).getFirst().contains("fresh one"));
    }

    @Test
    void aChangeClaimedBeforeACrashIsNeverPostedAgain() {
        // a previous leader claimed 583400 (and maybe posted it) but died before moving the cursor past it
        h.redis.set(FeedStore.cursorKey(FeedHarness.KEYS, "gerrit"), "2024-05-07T15:48:31Z|582977");
        h.redis.set(FeedStore.markerKey(FeedHarness.KEYS, "gerrit", "582977"), "1");
        h.redis.set(FeedStore.markerKey(FeedHarness.KEYS, "gerrit", "583400"), "1");

        h.start(GERRIT_ON);

        await().atMost(WAIT).until(() -> "2024-05-07T16:02:10Z|583400".equals(cursor()));
        assertEquals(List.of(), h.posted(CHANNEL));
    }

    @Test
    void inShadowModeNothingIsPostedButTheCursorMoves() {
        h.start(GERRIT_ON.andThen(env -> env.put("BOT_ENV", "staging")));

        await().atMost(WAIT).until(() -> "2024-05-07T16:02:10Z|583400".equals(cursor()));
        h.feeds.mergeGerritChange(583900, "go", "shadow", NOW.minusSeconds(30));
        await().atMost(WAIT).until(() -> cursor().endsWith("|583900"));

        assertEquals(List.of(), h.calls("chat.postMessage"));
    }

    @Test
    void withoutAChannelTheFeedIsNeverPolled() {
        h.start(env -> { });

        await().atMost(WAIT).until(() -> h.calls("conversations.list").size() >= 2);
        assertEquals(0, polls());
    }
}
