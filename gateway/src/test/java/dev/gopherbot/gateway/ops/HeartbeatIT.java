package dev.gopherbot.gateway.ops;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.gateway.GatewayFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each gateway announces itself in Redis while it runs, like the consumers and bgtasks do. */
class HeartbeatIT {

    @Test
    void aRunningGatewayKeepsAnExpiringHeartbeatKeyAndDeletesItWhenItStops() {
        GatewayFixture gateway = GatewayFixture.start(Map.of("HEROKU_DYNO_ID", "web.7"));
        String key = gateway.keys().heartbeat("gateway", "web.7");
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> gateway.redis().command("EXISTS " + key).equals(":1"));
            long ttlMs = Long.parseLong(gateway.redis().command("PTTL " + key).substring(1));
            assertTrue(ttlMs > 0 && ttlMs <= Heartbeat.INTERVAL.multipliedBy(3).toMillis(), "ttl " + ttlMs);

            gateway.app().close();

            // deleted at once, not left to expire three beats later
            await().atMost(Heartbeat.INTERVAL).until(() -> gateway.redis().command("EXISTS " + key).equals(":0"));
        } finally {
            gateway.close();
        }
    }
}
