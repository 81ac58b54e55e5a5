package dev.gopherbot.gateway.ops;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.gateway.DemoApp;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redis down or slow: Slack gets 503 inside its 3 s budget, and the same gateway recovers when Redis is back. */
class RedisOutageIT {
    private GatewayFixture gateway;

    @BeforeEach
    void start() {
        gateway = GatewayFixture.start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void whileRedisIsDownEventsGet503QuicklyAndAfterItReturnsTheSameGatewayStoresThem() {
        String before = SlackPayloads.message("C0GENERAL", "U0ALICE", "before").envelope();
        assertEquals(200, gateway.client().postEvent(before).statusCode());
        assertEquals(200, gateway.client().get("/healthz").statusCode());

        gateway.redis().assumeRestartable();
        gateway.redis().stop();

        String during = SlackPayloads.message("C0GENERAL", "U0ALICE", "during").envelope();
        long start = System.nanoTime();
        HttpResponse<String> unavailable = gateway.client().postEvent(during);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, unavailable.statusCode());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "503 took " + took);
        assertEquals(503, gateway.client().get("/healthz").statusCode());

        gateway.redis().start(); // an ephemeral server: it comes back empty, without the script cache

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.client().get("/healthz").statusCode() == 200);
        // Slack's retry of the refused event
        assertEquals(200, gateway.client().postEvent(during, 1).statusCode());
        assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
    }

    @Test
    void whenRedisIsTooSlowTheEventGets503WithinTwoSecondsAndSlacksRetryIsStoredOnce() {
        // a running gateway is warm: class loading and JIT of the first request are not what this measures
        assertEquals(200, gateway.client().postEvent(SlackPayloads.teamJoin("EvWarm", "U0NEW", "w")).statusCode());
        String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "slow").envelope();
        // Redis holds every write for 4 s: longer than the 1.5 s command timeout
        gateway.redis().command("CLIENT PAUSE 4000 WRITE");

        long start = System.nanoTime();
        HttpResponse<String> slow = gateway.client().postEvent(body);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, slow.statusCode());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "503 took " + took);

        // the timed-out append may still run once the pause ends; the dedup key makes the retry safe either way
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> gateway.client().postEvent(body, 1).statusCode() == 200);
        assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
    }
}
