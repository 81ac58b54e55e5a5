package dev.gopherbot.apps.usersync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.consumer.queue.DeadLetters;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The app as it runs: a real gateway and a real consumer on one redis-server (the consumer fixture's, under its key
 * prefix), PostgreSQL, and the fake Slack. Events go in through the gateway, signed as Slack signs them.
 */
public final class UsersyncFixture implements AutoCloseable {
    public static final String WEB_KEY = "usersync-test-web-session-key-0123456789abcdef";
    public static final String PUBLIC_URL = "https://people.example.test";
    public static final StreamKind USER_CHANGE = StreamKind.event(UsersyncApp.NAME, "user_change");
    public static final StreamKind TEAM_JOIN = StreamKind.event(UsersyncApp.NAME, "team_join");

    public final FreshDatabase db;
    public final Rows rows;
    public final ConsumerFixture consumer;
    public final GatewayFixture gateway;

    private UsersyncFixture(FreshDatabase db, Map<String, String> overrides) {
        this.db = db;
        this.rows = new Rows(db);
        this.consumer = new ConsumerFixture();
        Map<String, String> gatewayEnv = new HashMap<>(appEnv(db));
        gatewayEnv.put("REDIS_URL", consumer.redis.url());
        gatewayEnv.put("REDIS_KEY_PREFIX", consumer.keys.prefix());
        gatewayEnv.putAll(overrides);
        this.gateway = GatewayFixture.start(gatewayEnv, List.of(new UsersyncApp()));
        Map<String, String> consumerEnv = new HashMap<>(appEnv(db));
        consumerEnv.putAll(overrides);
        consumer.start(consumerEnv, List.of(new UsersyncApp()));
    }

    /** Gateway and consumer on {@code db}, with {@code overrides} on top of the test settings. */
    public static UsersyncFixture start(FreshDatabase db, Map<String, String> overrides) {
        return new UsersyncFixture(db, overrides);
    }

    /** The app's settings for a test: its database, the web settings, fast retries. */
    public static Map<String, String> appEnv(FreshDatabase db) {
        return Map.of("APPS", UsersyncApp.NAME, "DATABASE_URL", db.databaseUrl(), "WEB_SESSION_KEY", WEB_KEY,
                "PUBLIC_URL", PUBLIC_URL, "USERSYNC_RETRY_AFTER", "200ms", "LOG_FORMAT", "text");
    }

    /** Posts a signed Events API body to the gateway; Slack's delivery is done once it answers 200. */
    public void post(String body) {
        HttpResponse<String> response = gateway.client().postEvent(body);
        assertEquals(200, response.statusCode(), response.body());
    }

    /** Entries of {@code kind} waiting to be handled or retried. */
    public long pending(StreamKind kind) {
        return consumer.pending(kind);
    }

    /** The dead letters of {@code kind}: their error fields, in order. */
    public List<String> deadLetterErrors(StreamKind kind) {
        return consumer.commands.xrange(consumer.keys.deadLetters(kind), io.lettuce.core.Range.create("-", "+"))
                .stream().map(m -> m.getBody().getOrDefault(DeadLetters.ERROR, "")).toList();
    }

    @Override
    public void close() {
        gateway.close();
        consumer.close();
    }
}
