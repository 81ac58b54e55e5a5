package dev.gopherbot.apps.gopherbot.feeds;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.bgtasks.AppHarness;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.testkit.feeds.FeedFake;
import dev.gopherbot.testkit.feeds.Fixtures;
import dev.gopherbot.testkit.redis.RedisServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A leader whose lease is taken from under it stops its jobs at once, and resumes without repeats if it wins again. */
class LeaseLossIT {
    private static final Instant NOW = Instant.parse("2024-05-07T16:10:00Z");
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

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aLeaderThatFindsItsLeaseGoneStopsPollingAtOnceAndResumesWhenItLeadsAgain() {
        h = new FeedHarness(server, NOW);
        h.feeds.gerritChanges(Fixtures.json("gerrit/changes.json"));
        // a long lease: the leadership thread notices the loss only at its next renewal, 3 s later at most
        h.start(env -> {
            env.put("GERRIT_CHANNEL", "golang-cls");
            env.put("GERRIT_INTERVAL", "100ms");
            env.put("BGTASKS_LEASE", "9s");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> h.posted("C0CLS").size() == 1);

        // e.g. this process was paused past its lease and another instance took over
        String leaderKey = BgTasksApp.leaderKey(AppHarness.KEYS);
        h.redis.set(leaderKey, "other:token");
        h.feeds.mergeGerritChange(583450, "go", "after the loss", NOW.minusSeconds(60));
        int pollsAtLoss = h.feeds.requests(FeedFake.GERRIT_PATH).size();

        await().atMost(Duration.ofSeconds(5)).until(() -> "standby".equals(
                h.redis.get(AppHarness.KEYS.heartbeat("bgtasks", h.instance()))));
        int pollsAfterLoss = h.feeds.requests(FeedFake.GERRIT_PATH).size() - pollsAtLoss;
        assertTrue(pollsAfterLoss <= 2, "kept polling without the lease: " + pollsAfterLoss + " polls");
        assertEquals(1, h.posted("C0CLS").size(), "nothing posted without the lease");

        h.redis.del(leaderKey); // the other instance stops
        await().atMost(Duration.ofSeconds(10)).until(() -> h.posted("C0CLS").size() == 2);
        assertTrue(h.posted("C0CLS").get(1).contains("after the loss"));
    }
}
