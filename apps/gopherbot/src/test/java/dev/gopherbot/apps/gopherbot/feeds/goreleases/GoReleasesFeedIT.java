package dev.gopherbot.apps.gopherbot.feeds.goreleases;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.apps.gopherbot.feeds.FeedHarness;
import dev.gopherbot.testkit.feeds.FeedFake;
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

/** New Go releases and release candidates reach #golang-releases once each; what was there before, never. */
class GoReleasesFeedIT {
    private static final Instant NOW = Instant.parse("2025-02-11T18:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0RELEASES";
    private static final Consumer<Map<String, String>> ON = env -> env.put("GORELEASES_CHANNEL", "golang-releases");
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
        h.feeds.goReleases("go1.24rc3", "go1.23.6", "go1.22.12", "go1.24rc2", "go1.24rc1", "go1.23.5", "go1.22.0",
                "go1.21.0", "go1.20");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private int polls() {
        return h.feeds.requests(FeedFake.GO_DOWNLOADS_PATH).size();
    }

    @Test
    void whatTheIndexListsAtTheFirstPollIsNeverAnnounced() {
        h.start(ON);
        await().atMost(WAIT).until(() -> polls() >= 3);
        assertEquals(List.of(), h.posted(CHANNEL));
    }

    @Test
    void aNewStableReleaseIsAnnouncedOnceWithItsReleaseNotes() {
        h.start(ON);
        await().atMost(WAIT).until(() -> polls() >= 2);

        h.feeds.releaseGo("go1.24.0");
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 1);
        int after = polls();
        await().atMost(WAIT).until(() -> polls() >= after + 3);

        assertEquals(List.of(":gopher: Go 1.24.0 is released. Release notes: https://go.dev/doc/go1.24\n"
                + "Downloads: https://go.dev/dl/"), h.posted(CHANNEL));
        assertEquals("all", h.feeds.requests(FeedFake.GO_DOWNLOADS_PATH).getLast().param("include"));
    }

    @Test
    void candidatesAndMinorReleasesFromTwoBranchesAreAnnouncedOldestFirstAndBetasNot() {
        h.start(ON);
        await().atMost(WAIT).until(() -> polls() >= 2);

        h.feeds.releaseGo("go1.25beta1");
        h.feeds.releaseGo("go1.23.7");
        h.feeds.releaseGo("go1.25rc1");
        h.feeds.releaseGo("go1.24.1");
        await().atMost(WAIT).until(() -> h.posted(CHANNEL).size() == 3);
        int after = polls();
        await().atMost(WAIT).until(() -> polls() >= after + 2);

        List<String> posted = h.posted(CHANNEL);
        assertEquals(3, posted.size(), posted.toString());
        assertEquals(":gopher: Go 1.23.7 is released. Release notes: https://go.dev/doc/devel/release#go1.23.7\n"
                + "Downloads: https://go.dev/dl/", posted.get(0));
        assertEquals(":gopher: Go 1.24.1 is released. Release notes: https://go.dev/doc/devel/release#go1.24.1\n"
                + "Downloads: https://go.dev/dl/", posted.get(1));
        assertEquals(":gopher: Go 1.25 RC 1 is out for testing. Draft release notes: https://tip.golang.org/doc/go1.25"
                + "\nTry it: `go install golang.org/dl/go1.25rc1@latest && go1.25rc1 download`", posted.get(2));
    }
}
