package dev.gopherbot.gateway.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.gateway.DemoApp;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
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
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000, 90);

        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.TEAM_JOIN, event("Ev1")));
        assertEquals(EventQueue.Result.DUPLICATE, queue.append(DemoApp.TEAM_JOIN, event("Ev1")));

        assertEquals(1, connection.sync().xlen(keys.stream(DemoApp.TEAM_JOIN)));
        long ttl = connection.sync().ttl(keys.seen(DemoApp.TEAM_JOIN, "Ev1"));
        assertTrue(ttl > 3500 && ttl <= 3600, "ttl " + ttl);
    }

    @Test
    void theSameEventIdInAnotherKindIsADifferentEvent() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000, 90);

        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.TEAM_JOIN, event("Ev1")));
        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.MEMBER_JOINED_CHANNEL, event("Ev1")));
    }

    @Test
    void afterTheScriptCacheIsFlushedTheAppendStillWorks() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000, 90);
        queue.append(DemoApp.TEAM_JOIN, event("Ev1"));

        redis.command("SCRIPT FLUSH"); // what a restart or failover does

        assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.TEAM_JOIN, event("Ev2")));
        assertEquals(EventQueue.Result.DUPLICATE, queue.append(DemoApp.TEAM_JOIN, event("Ev2")));
    }

    @Test
    void aFullStreamRefusesNewEventsAndKeepsEveryEventItAccepted() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000, 90);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(EventQueue.Result.APPENDED, queue.append(DemoApp.MESSAGE_PUBLIC, event("Ev" + i)));
        }

        assertThrows(QueueFull.class, () -> queue.append(DemoApp.MESSAGE_PUBLIC, event("Ev1000")));
        assertEquals(EventQueue.Result.DUPLICATE, queue.append(DemoApp.MESSAGE_PUBLIC, event("Ev7")),
                "a retry of a stored event is still recognised");

        // before, every append trimmed MAXLEN ~ 1000: entries nobody had read were deleted to make room
        List<String> stored = connection.sync().xrange(keys.stream(DemoApp.MESSAGE_PUBLIC), Range.create("-", "+"))
                .stream().map(m -> new String(m.getBody().get(EntryFields.EVENT_ID), StandardCharsets.UTF_8)).toList();
        assertEquals(IntStream.range(0, 1_000).mapToObj(i -> "Ev" + i).toList(), stored);
        assertEquals(0, connection.sync().exists(keys.seen(DemoApp.MESSAGE_PUBLIC, "Ev1000")),
                "the refused event is not marked seen: Slack's retry will be stored");
    }

    @Test
    void pastTheMemoryLimitAppendsAreRefused() {
        EventQueue before = new EventQueue(connection.sync(), keys, 1_000_000, 90);
        assertEquals(EventQueue.Result.APPENDED, before.append(DemoApp.TEAM_JOIN, event("Ev1")));
        long used = Long.parseLong(connection.sync().info("memory").lines()
                .filter(l -> l.startsWith("used_memory:")).findFirst().orElseThrow().substring(12).trim());
        connection.sync().configSet("maxmemory", Long.toString(used + used / 20)); // used is ~95% of max
        try {
            EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000, 90);

            assertThrows(QueueFull.class, () -> queue.append(DemoApp.TEAM_JOIN, event("Ev2")));
            assertEquals(1, connection.sync().xlen(keys.stream(DemoApp.TEAM_JOIN)), "what was accepted stays");
        } finally {
            connection.sync().configSet("maxmemory", "0");
        }
    }

    @Test
    void aRedisErrorBecomesQueueUnavailableAndLeavesTheEventUnseen() {
        EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000, 90);
        redis.command("SET " + keys.stream(DemoApp.TEAM_JOIN) + " not-a-stream");

        assertThrows(QueueUnavailable.class, () -> queue.append(DemoApp.TEAM_JOIN, event("Ev1")));

        assertEquals(0, connection.sync().exists(keys.seen(DemoApp.TEAM_JOIN, "Ev1")));
    }

    private static QueuedEvent event(String id) {
        return new QueuedEvent(id, 1_700_000_000L, System.currentTimeMillis(), "req-" + id, 0,
                ("{\"event_id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
