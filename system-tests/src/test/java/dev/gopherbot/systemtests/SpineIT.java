package dev.gopherbot.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.consumer.ConsumerConfig;
import dev.gopherbot.gateway.GatewayApp;
import dev.gopherbot.gateway.GatewayConfig;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.GatewayClient;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One Slack event travels the whole way: signed HTTP → gateway → Redis stream → consumer → Slack Web API. */
class SpineIT {
    private static final String SECRET = "spine-test-signing-secret";
    private static final Keys KEYS = new Keys("spine:");

    private static RedisServer redis;
    private static FakeSlack slack;
    private static GatewayApp gateway;
    private static ConsumerApp consumer;
    private static GatewayClient client;
    private static RedisClient redisClient;
    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void startTheBot() {
        redis = RedisServer.startEphemeral();
        slack = FakeSlack.start();
        Map<String, String> vars = new HashMap<>(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_API_URL", slack.apiUrl(), "REDIS_URL", redis.url(),
                "REDIS_KEY_PREFIX", KEYS.prefix(), "BOT_ENV", "production"));
        Env env = new Env(vars);
        GatewayConfig gatewayConfig = GatewayConfig.from(env);
        ConsumerConfig consumerConfig = ConsumerConfig.from(env);
        env.check();
        gateway = GatewayApp.start(gatewayConfig);
        consumer = ConsumerApp.start(consumerConfig);
        client = new GatewayClient(URI.create("http://127.0.0.1:" + gateway.port()), SECRET);
        redisClient = RedisClient.create(redis.url());
        connection = redisClient.connect();
    }

    @AfterAll
    static void stopTheBot() {
        connection.close();
        redisClient.shutdown();
        consumer.close();
        gateway.close();
        slack.close();
        redis.close();
    }

    @Test
    void aSignedMessageWithATriggerWordGetsItsReactionAndIsAcknowledged() {
        Workspace.Message said = slack.workspace().post("C0GENERAL", "U0ALICE", "I love gophers", null, null);
        SlackPayloads.Message event = SlackPayloads.message("C0GENERAL", "U0ALICE", "I love gophers").ts(said.ts);

        assertEquals(200, client.postEvent(event.envelope()).statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> !reactionsOn(said.ts).isEmpty());
        Call reaction = reactionsOn(said.ts).getFirst();
        assertEquals("C0GENERAL", reaction.param("channel"));
        assertEquals("gopher", reaction.param("name"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(StreamKind.MESSAGE_PUBLIC) == 0);
        assertEquals(1L, connection.sync().xlen(KEYS.stream(StreamKind.MESSAGE_PUBLIC)));
    }

    @Test
    void aDirectMessageTravelsThroughThePrivateStream() {
        String dm = slack.workspace().imWith("U0BOB").id();
        Workspace.Message said = slack.workspace().post(dm, "U0BOB", "thanks, gopherbot!", null, null);
        SlackPayloads.Message event = SlackPayloads.message(dm, "U0BOB", "thanks, gopherbot!").ts(said.ts);

        assertEquals(200, client.postEvent(event.envelope()).statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> !reactionsOn(said.ts).isEmpty());
        assertEquals(dm, reactionsOn(said.ts).getFirst().param("channel"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(StreamKind.MESSAGE_PRIVATE) == 0);
    }

    private static List<Call> reactionsOn(String ts) {
        return slack.calls("reactions.add").stream().filter(c -> ts.equals(c.param("timestamp"))).toList();
    }

    private static long pending(StreamKind kind) {
        return connection.sync().xpending(KEYS.stream(kind), Identity.DEFAULT_APP_NAME).getCount();
    }
}
