package dev.gopherbot.gateway.ops;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.gateway.DemoApp;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * After a long Redis outage the gateway is back within Slack's 3 s budget: Lettuce's reconnect delay doubles with
 * every failed attempt (to 30 s by default), so without a cap the first reconnect after Redis returns could be half
 * a minute away. Twelve seconds of outage already grow the default delay to about 8 s; the cap (1 s) is what lets the
 * gateway answer 200 within 3 s, and it does not depend on how long the outage was.
 */
@Tag("slow")
class LongOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(12);

    @Test
    void afterALongOutageTheGatewayStoresEventsWithinThreeSecondsOfRedisReturning() throws InterruptedException {
        try (GatewayFixture gateway = GatewayFixture.start()) {
            assertEquals(200, gateway.client().postEvent(SlackPayloads.teamJoin("EvWarm", "U0NEW", "w"))
                    .statusCode());
            gateway.redis().assumeRestartable();
            gateway.redis().stop();
            assertEquals(503, gateway.client().postEvent(SlackPayloads.teamJoin("EvDown", "U0NEW2", "d"))
                    .statusCode());
            Thread.sleep(OUTAGE.toMillis()); // the outage itself: the scenario, not a wait for something to happen

            gateway.redis().start();
            long back = System.nanoTime();
            String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "after the outage").envelope();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> gateway.client().postEvent(body, 1).statusCode() == 200);
            Duration took = Duration.ofNanos(System.nanoTime() - back);

            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "200 only " + took.toMillis() + " ms after "
                    + "Redis returned");
            assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
        }
    }
}
