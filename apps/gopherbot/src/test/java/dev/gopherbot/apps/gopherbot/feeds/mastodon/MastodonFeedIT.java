package dev.gopherbot.apps.gopherbot.feeds.mastodon;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.gopherbot.feeds.FeedHarness;
import dev.gopherbot.testkit.feeds.FeedFake;
import dev.gopherbot.testkit.feeds.Fixtures;
import dev.gopherbot.testkit.redis.RedisServer;
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

/** New posts of @gotime reach #random once each, oldest first; old ones never. */
class MastodonFeedIT {
    /** Fifteen minutes after the newest recorded post. */
    private static final Instant NOW = Instant.parse("2024-05-07T17:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0RANDOM";
    private static final Consumer<Map<String, String>> MASTODON_ON = env -> env.put("MASTODON_CHANNEL", "random");
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
        h.feeds.mastodonStatuses(Fixtures.json("mastodon/statuses.json"));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private List<FeedFake.Request> polls() {
        return h.feeds.requests(FeedFake.STATUSES_PATH);
    }

    @Test
    void theFirstPollAnnouncesOnlyTheNewestPostThenPollsSinceIt() {
        h.start(MASTODON_ON);

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        await().atMost(WAIT).until(() -> polls().size() >= 3);

        assertEquals(List.of("New post from <https://changelog.social/@gotime|@gotime>: "
                + "https://changelog.social/@gotime/112400917337421234"), h.posted(CHANNEL));
        assertNull(polls().getFirst().param("since_id"));
        assertEquals("112400917337421234", polls().getLast().param("since_id"));
        assertEquals("true", polls().getLast().param("exclude_replies"));
    }

    @Test
    void newPostsAreAnnouncedOldestFirstOnceEach() {
        h.start(MASTODON_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);

        h.feeds.postMastodonStatus("112401000000000001", NOW.minusSeconds(120));
        h.feeds.postMastodonStatus("112401000000000002", NOW.minusSeconds(60));

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 3);
        int seen = polls().size();
        await().atMost(WAIT).until(() -> polls().size() >= seen + 3);
        List<String> posted = h.posted(CHANNEL);
        assertEquals(3, posted.size());
        assertTrue(posted.get(1).endsWith("/112401000000000001"));
        assertTrue(posted.get(2).endsWith("/112401000000000002"));
    }

    @Test
    void postsOlderThanTheMaximumAgeAreSkipped() {
        h.start(MASTODON_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);

        // e.g. a post that federated very late, or a cursor restored from an old backup
        h.feeds.postMastodonStatus("112401000000000003", NOW.minus(Duration.ofDays(3)));
        await().atMost(WAIT).until(() -> "112401000000000003".equals(polls().getLast().param("since_id")));
        h.feeds.postMastodonStatus("112401000000000004", NOW.minusSeconds(10));

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 2);
        assertTrue(h.posted(CHANNEL).get(1).endsWith("/112401000000000004"));
    }

    @Test
    void aRateLimitedPollWaitsForRetryAfter() {
        h.feeds.failNext(FeedFake.STATUSES_PATH, 429, 1);
        h.start(MASTODON_ON);

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);

        List<FeedFake.Request> polls = polls();
        long waitedMs = (polls.get(1).atNanos() - polls.get(0).atNanos()) / 1_000_000;
        assertTrue(waitedMs >= 1000, "waited " + waitedMs + " ms, Retry-After said 1 s");
    }
}
