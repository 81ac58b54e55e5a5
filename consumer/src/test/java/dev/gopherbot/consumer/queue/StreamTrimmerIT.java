package dev.gopherbot.consumer.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trimming removes only what every consumer group has acknowledged, however far behind the consumers are. */
class StreamTrimmerIT {
    private static RedisServer server;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;
    private static RedisCommands<String, String> redis;
    private StreamTrimmer trimmer;
    private String stream;
    private final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = RedisServer.startEphemeral();
        client = RedisClient.create(server.url());
        connection = client.connect();
        redis = connection.sync();
    }

    @AfterAll
    static void stop() {
        connection.close();
        client.shutdown();
        server.close();
    }

    @BeforeEach
    void tenEntries() {
        stream = server.keyPrefix() + "trim-" + System.nanoTime();
        for (int i = 0; i < 10; i++) {
            ids.add(redis.xadd(stream, Map.of("n", Integer.toString(i))));
        }
        trimmer = new StreamTrimmer(redis, null);
    }

    @Test
    void aStreamNoGroupReadsYetKeepsEverything() {
        assertEquals(0, trimmer.trim(stream));
        assertEquals(10, redis.xlen(stream));
    }

    @Test
    void entriesAcknowledgedByTheGroupGoAndPendingAndUndeliveredOnesStay() {
        group("g", 6, 3); // read 6, acknowledged the first 3: entries 3-5 pending, 6-9 undelivered

        assertEquals(3, trimmer.trim(stream));
        assertEquals(ids.subList(3, 10), remaining());
    }

    @Test
    void theSlowestGroupDecides() {
        group("fast", 10, 10);
        group("slow", 4, 2); // entry 2 is the oldest it still needs

        trimmer.trim(stream);
        assertEquals(ids.subList(2, 10), remaining());
    }

    @Test
    void aGroupThatHasReadNothingKeepsTheWholeStream() {
        group("busy", 10, 10);
        group("new", 0, 0);

        assertEquals(0, trimmer.trim(stream));
        assertEquals(10, redis.xlen(stream));
    }

    @Test
    void aGroupThatAcknowledgedEverythingKeepsOnlyItsLastDeliveredEntry() {
        group("g", 10, 10);

        trimmer.trim(stream);
        assertEquals(List.of(ids.getLast()), remaining());
    }

    private void group(String name, int read, int acknowledged) {
        redis.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0-0"), name);
        if (read == 0) {
            return;
        }
        List<StreamMessage<String, String>> got = redis.xreadgroup(Consumer.from(name, "c"),
                XReadArgs.Builder.count(read), XReadArgs.StreamOffset.lastConsumed(stream));
        for (int i = 0; i < acknowledged; i++) {
            redis.xack(stream, name, got.get(i).getId());
        }
    }

    private List<String> remaining() {
        return redis.xrange(stream, Range.create("-", "+")).stream().map(StreamMessage::getId).toList();
    }
}
