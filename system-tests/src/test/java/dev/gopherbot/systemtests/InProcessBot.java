package dev.gopherbot.systemtests;

import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.gateway.GatewayApp;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.GatewayClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole bot in this JVM: its own redis-server, the fake Slack, a gateway and a consumer configured from one set of
 * environment variables (production mode, no shadow), and a signed client to talk to the gateway as Slack does.
 */
public final class InProcessBot implements AutoCloseable {
    public final RedisServer redis = RedisServer.startEphemeral();
    public final FakeSlack slack = FakeSlack.start();
    public final Keys keys;
    public final GatewayApp gateway;
    public final ConsumerApp consumer;
    public final GatewayClient client;
    private final RedisClient redisClient;
    private final StatefulRedisConnection<String, String> connection;

    /** @param extraEnv settings beyond the basics, e.g. {@code MODERATORS_CHANNEL} */
    public InProcessBot(String name, Map<String, String> extraEnv) {
        String secret = name + "signing-secret";
        String keyPrefix = redis.keyPrefix() + name;
        keys = new Keys(keyPrefix);
        Map<String, String> vars = new HashMap<>(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", secret,
                "SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_API_URL", slack.apiUrl(), "REDIS_URL", redis.url(),
                "REDIS_KEY_PREFIX", keyPrefix, "BOT_ENV", "production"));
        vars.putAll(extraEnv);
        gateway = GatewayApp.start(new Env(vars), List.of(new GopherbotApp()));
        consumer = ConsumerApp.start(new Env(vars), List.of(new GopherbotApp()));
        client = new GatewayClient(URI.create("http://127.0.0.1:" + gateway.port()), secret);
        redisClient = RedisClient.create(redis.url());
        connection = redisClient.connect();
    }

    /** Commands on the bot's Redis, for what a test inspects (stream lengths, pending entries). */
    public RedisCommands<String, String> redisCommands() {
        return connection.sync();
    }

    @Override
    public void close() {
        connection.close();
        redisClient.shutdown();
        consumer.close();
        gateway.close();
        slack.close();
        redis.close();
    }
}
