package dev.gopherbot.bgtasks.channels;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.bgtasks.AppHarness;
import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChannelCacheIT {
    private static RedisServer server;
    private AppHarness h;

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

    private void addChannels(int count) {
        for (int i = 0; i < count; i++) {
            h.slack.workspace().addChannel(new Workspace.Channel(String.format("C1%05d", i),
                    String.format("load-%03d", i), false, false, false, null));
        }
    }

    @Test
    void atStartEveryPublicUnarchivedChannelIsCachedAcrossPages() {
        h = new AppHarness(server, Instant.now());
        addChannels(250);

        h.start(env -> env.put("CHANNEL_REFRESH_INTERVAL", "10m"));

        await().atMost(Duration.ofSeconds(10)).until(() -> h.channels("chat").byName("load-249").isPresent());
        assertEquals(Optional.of(new Channel("C0NEWBIES", "newbies")), h.channels("chat").byName("#newbies"));
        assertEquals(Optional.of(new Channel("C0GOTIME", "gotimefm")), h.channels("chat").byId("C0GOTIME"));
        assertTrue(h.channels("chat").byName("old-announcements").isEmpty(), "archived channels are left out");
        List<Call> pages = h.calls("conversations.list");
        assertEquals(2, pages.size(), "250 + 9 channels at 200 a page");
        assertNull(pages.get(0).param("cursor"));
        assertTrue(pages.get(1).param("cursor") != null && !pages.get(1).param("cursor").isBlank());
        assertTrue(List.of("1", "true").contains(pages.get(0).param("exclude_archived")));
        assertEquals("public_channel", pages.get(0).param("types"));
    }

    @Test
    void renamedArchivedAndNewChannelsAreReflectedAtTheNextRefresh() {
        h = new AppHarness(server, Instant.now());
        h.start(env -> env.put("CHANNEL_REFRESH_INTERVAL", "300ms"));
        await().atMost(Duration.ofSeconds(10)).until(() -> h.channels("chat").byName("newbies").isPresent());

        Workspace w = h.slack.workspace();
        w.addChannel(new Workspace.Channel("C0NEWBIES", "welcome", false, false, false, null));
        w.addChannel(new Workspace.Channel("C0JOBS", "remotejobs", false, false, true, null));
        w.addChannel(new Workspace.Channel("C0FRESH", "fresh", false, false, false, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> h.channels("chat").byName("fresh").isPresent());
        assertEquals(Optional.of(new Channel("C0NEWBIES", "welcome")), h.channels("chat").byId("C0NEWBIES"));
        assertTrue(h.channels("chat").byName("newbies").isEmpty());
        assertTrue(h.channels("chat").byName("remotejobs").isEmpty());
        assertTrue(h.channels("chat").byId("C0JOBS").isEmpty());
    }

    @Test
    void aRateLimitedPageIsAskedAgainAfterRetryAfterAndTheListingResumesThere() {
        h = new AppHarness(server, Instant.now());
        addChannels(250);
        Map<Call, Long> answeredAt = new ConcurrentHashMap<>();
        AtomicBoolean scripted = new AtomicBoolean();
        h.slack.api().onCall(call -> {
            answeredAt.put(call, System.nanoTime());
            // the listener runs before the answer is sent, so the next page is certainly the one refused
            if (call.method().equals("conversations.list") && call.succeeded() && !scripted.getAndSet(true)) {
                h.slack.failNext("conversations.list", Failure.rateLimited(1));
            }
        });

        h.start(env -> env.put("CHANNEL_REFRESH_INTERVAL", "10m"));

        await().atMost(Duration.ofSeconds(10)).until(() -> h.channels("chat").byName("load-249").isPresent());
        List<Call> calls = h.calls("conversations.list");
        assertEquals(3, calls.size(), "first page, refused second page, second page again");
        assertEquals(429, calls.get(1).httpStatus());
        assertEquals(calls.get(1).param("cursor"), calls.get(2).param("cursor"), "resumed, not restarted");
        long waitedMs = (answeredAt.get(calls.get(2)) - answeredAt.get(calls.get(1))) / 1_000_000;
        assertTrue(waitedMs >= 1000, "waited " + waitedMs + " ms, Retry-After said 1 s");
    }
}
