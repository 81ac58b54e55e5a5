package dev.gopherbot.apps.gopherbot.feeds.gotime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.gopherbot.feeds.FeedHarness;
import dev.gopherbot.bgtasks.BgTasksApp;
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

/** "Go Time is live" reaches #gotimefm at most once a day, and only near the scheduled start. */
class GoTimeFeedIT {
    /** The recorded countdown says 17:00Z; five minutes in. */
    private static final Instant NOW = Instant.parse("2024-05-07T17:05:00Z");
    private static final String COUNTDOWN = Fixtures.text("gotime/countdown.json");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0GOTIME";
    private static final Consumer<Map<String, String>> GOTIME_ON = env -> env.put("GOTIME_CHANNEL", "#gotimefm");
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
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private int statusPolls() {
        return h.feeds.requests(FeedFake.STATUS_PATH).size();
    }

    /** Waits for a few complete runs of every job: the channel cache runs first in each pass, every 300 ms. */
    private void letSeveralPollsPass() {
        int seen = h.calls("conversations.list").size();
        await().atMost(WAIT).until(() -> h.calls("conversations.list").size() >= seen + 3);
    }

    @Test
    void aLiveShowWithinTheWindowIsAnnouncedOnceAcrossPollsAndARestart() {
        h.feeds.goTime("gotime/status-streaming.json", COUNTDOWN);
        BgTasksApp app = h.start(GOTIME_ON.andThen(env -> env.put("CHANNEL_REFRESH_INTERVAL", "300ms")));

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        assertTrue(h.posted(CHANNEL).getFirst().contains("Go Time is live"), h.posted(CHANNEL).getFirst());
        int polledBeforeAnnouncing = statusPolls();
        letSeveralPollsPass();
        h.stop(app);
        h.start(GOTIME_ON.andThen(env -> env.put("CHANNEL_REFRESH_INTERVAL", "300ms")));
        letSeveralPollsPass();

        assertEquals(1, h.posted(CHANNEL).size());
        assertEquals(polledBeforeAnnouncing, statusPolls(), "within 24 h of announcing, nothing is even asked");
    }

    @Test
    void aStreamFarFromTheScheduledStartIsNotGoTime() {
        h.clock.set(Instant.parse("2024-05-07T19:00:00Z"));
        h.feeds.goTime("gotime/status-streaming.json", COUNTDOWN);
        h.start(GOTIME_ON);

        await().atMost(WAIT).until(() -> h.feeds.requests(FeedFake.COUNTDOWN_PATH).size() >= 3);

        assertEquals(List.of(), h.posted(CHANNEL));
    }

    @Test
    void whileNothingStreamsTheCountdownIsNotAskedAndNothingIsPosted() {
        h.feeds.goTime("gotime/status-idle.json", COUNTDOWN);
        h.start(GOTIME_ON);

        await().atMost(WAIT).until(() -> statusPolls() >= 3);

        assertEquals(0, h.feeds.requests(FeedFake.COUNTDOWN_PATH).size());
        assertEquals(List.of(), h.posted(CHANNEL));
    }

    @Test
    void theNextShowADayLaterIsAnnouncedAgain() {
        h.feeds.goTime("gotime/status-streaming.json", COUNTDOWN);
        h.start(GOTIME_ON);
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);

        h.clock.set(NOW.plus(Duration.ofDays(7)));
        h.feeds.goTime("gotime/status-streaming.json", "{\"data\": \"2024-05-14T17:00:00Z\"}");

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 2);
    }

    @Test
    void anUnreadableCountdownIsAnErrorThatIsRetriedUntilItReads() {
        h.feeds.goTime("gotime/status-streaming.json", "{\"data\": \"next tuesday\"}");
        h.start(GOTIME_ON);
        await().atMost(WAIT).until(() -> h.feeds.requests(FeedFake.COUNTDOWN_PATH).size() >= 2);
        assertEquals(List.of(), h.posted(CHANNEL));

        h.feeds.goTime("gotime/status-streaming.json", COUNTDOWN);

        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
    }
}
