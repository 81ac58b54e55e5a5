package dev.gopherbot.gateway.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.gateway.DemoApp;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.slack.SlackPayloads;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stream at STREAM_MAXLEN turns Slack away with 503 (it retries later) instead of dropping accepted events. */
class QueueFullIT {

    @Test
    void aFullStreamIsAnswered503AndEveryEventAnswered200IsKept() {
        try (GatewayFixture gateway = GatewayFixture.start(Map.of("STREAM_MAXLEN", "1000"))) {
            String key = gateway.keys().stream(DemoApp.MESSAGE_PUBLIC);
            RedisClient client = RedisClient.create(gateway.redis().url());
            try (StatefulRedisConnection<String, String> c = client.connect()) {
                for (int i = 0; i < 999; i++) { // a backlog nobody has read
                    c.sync().xadd(key, Map.of("event_id", "EvOld" + i));
                }
            } finally {
                client.shutdown();
            }
            String last = SlackPayloads.message("C0GENERAL", "U0ALICE", "the last that fits").envelope();
            String refused = SlackPayloads.message("C0GENERAL", "U0BOB", "one too many").envelope();

            assertEquals(200, gateway.client().postEvent(last).statusCode());
            assertEquals(503, gateway.client().postEvent(refused).statusCode());
            assertEquals(200, gateway.client().postEvent(last, 1).statusCode(), "a retry of a stored event");

            assertEquals(1000, gateway.length(DemoApp.MESSAGE_PUBLIC));
            assertEquals("EvOld0", GatewayFixture.field(gateway.entries(DemoApp.MESSAGE_PUBLIC).getFirst(),
                    "event_id"), "the oldest unread entry is still there");
        }
    }
}
