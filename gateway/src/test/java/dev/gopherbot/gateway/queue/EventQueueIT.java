package dev.gopherbot.gateway.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.gateway.DemoApp;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dedup-and-append script against a real Redis, below the HTTP layer. */
class EventQueueIT {
    private static RedisServer redis;
    private static RedisClient client;
    private static StatefulRedisConnection<String, byte[]> connection;
    private final Keys keys = new Keys("queue-it:");

    @BeforeAll
    static void start() {
        redis = RedisServer.startEphemeral();
        client = RedisClient.create(redis.url());
        connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    @AfterAll
    static void stop() {
        connection.close();
        client.shutdown();
        redis.close();
    }

    @BeforeEach
    void reset() {
        redis.flushAll();
    }

    @Test
    void theSameEventIdIsAppendedOnceAndMarkedSeenForAnHour() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000);

        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.TEAM_JOIN, event("Ev1")));
        assertEquals(EventQueue.Result.DUPLICATE, queue.append(DemoApp.TEAM_JOIN, event("Ev1")));

        assertEquals(1, connection.sync().xlen(keys.stream(DemoApp.TEAM_JOIN)));
        long ttl = connection.sync().ttl(keys.seen(DemoApp.TEAM_JOIN, "Ev1"));
        assertTrue(ttl > 3500 && ttl <= 3600, "ttl " + ttl);
    }

    @Test
    void theSameEventIdInAnotherKindIsADifferentEvent() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000);

        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.TEAM_JOIN, event("Ev1")));
        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.MEMBER_JOINED_CHANNEL, event("Ev1")));
    }

    @Test
    void afterTheScriptCacheIsFlushedTheAppendStillWorks() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000);
        queue.append(DemoApp.TEAM_JOIN, event("Ev1"));

        redis.command("SCRIPT FLUSH"); // what a restart or failover does

        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.TEAM_JOIN, event("Ev2")));
        assertEquals(EventQueue.Result.DUPLICATE, queue.append(DemoApp.TEAM_JOIN, event("Ev2")));
    }

    @Test
    void theStreamIsTrimmedApproximatelyToMaxLen() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000);

        for (int i = 0; i < 2_500; i++) {
            queue.append(DemoApp.MESSAGE_PUBLIC, event("Ev" + i));
        }

        long length = connection.sync().xlen(keys.stream(DemoApp.MESSAGE_PUBLIC));
        // "~" trims whole radix-tree nodes (100 entries each by default): never below MAXLEN, a little above
        assertTrue(length >= 1_000 && length < 1_200, "length " + length);
    }

    @Test
    void aRedisErrorBecomesQueueUnavailableAndLeavesTheEventUnseen() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000);
        redis.command("SET " + keys.stream(DemoApp.TEAM_JOIN) + " not-a-stream");

        assertThrows(QueueUnavailable.class, () -> queue.append(DemoApp.TEAM_JOIN, event("Ev1")));

        assertEquals(0, connection.sync().exists(keys.seen(DemoApp.TEAM_JOIN, "Ev1")));
    }

    private static QueuedEvent event(String id) {
        return new QueuedEvent(id, 1_700_000_000L, System.currentTimeMillis(), "req-" + id, 0,
                ("{\"event_id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
