package dev.gopherbot.bgtasks.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.common.channels.RedisChannelDirectory;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChannelCacheWriterIT {
    private static final Keys KEYS = new Keys("test:");
    private static final ChannelKeys CHANNEL_KEYS = ChannelKeys.of(KEYS);
    private static RedisServer server;
    private static RedisConnector connector;
    private static StatefulRedisConnection<String, String> connection;
    private static RedisCommands<String, String> redis;

    private final ChannelCacheWriter writer = new ChannelCacheWriter(redis, CHANNEL_KEYS, Duration.ofDays(3));
    private final List<Channel> workspace = List.of(new Channel("C0GENERAL", "general"),
            new Channel("C0NEWBIES", "newbies"), new Channel("C0GOTIME", "gotimefm"));

    @BeforeAll
    static void startRedis() {
        server = RedisServer.startEphemeral();
        connector = new RedisConnector(RedisSettings.local(server.url(), KEYS.prefix()));
        connection = connector.connect();
        redis = connection.sync();
    }

    @AfterEach
    void flush() {
        server.flushAll();
    }

    @AfterAll
    static void stopRedis() {
        connection.close();
        connector.close();
        server.close();
    }

    @Test
    void aListingIsStoredByIdAndByNameWithATtlOfDays() {
        assertEquals(new ChannelCacheWriter.Changes(3, 0, 0, 0), writer.replaceAll(workspace));

        var directory = new RedisChannelDirectory(connection, KEYS);
        assertEquals(Optional.of(new Channel("C0NEWBIES", "newbies")), directory.byName("#newbies"));
        assertEquals(Optional.of(new Channel("C0GOTIME", "gotimefm")), directory.byId("C0GOTIME"));
        for (String key : List.of(CHANNEL_KEYS.byId(), CHANNEL_KEYS.byName())) {
            long ttl = redis.pttl(key);
            assertTrue(ttl > Duration.ofDays(2).toMillis() && ttl <= Duration.ofDays(3).toMillis(), key + " " + ttl);
        }
    }

    @Test
    void anUnchangedListingWritesNoField() {
        writer.replaceAll(workspace);
        redis.configResetstat();

        assertEquals(new ChannelCacheWriter.Changes(0, 0, 0, 3), writer.replaceAll(workspace));

        String stats = redis.info("commandstats");
        assertFalse(stats.contains("cmdstat_hset"), stats);
        assertFalse(stats.contains("cmdstat_hdel"), stats);
        assertTrue(stats.contains("cmdstat_pexpire"), "the TTL is still renewed");
    }

    @Test
    void renamedAddedAndRemovedChannelsAreTheOnlyFieldsWritten() {
        writer.replaceAll(workspace);
        redis.configResetstat();

        ChannelCacheWriter.Changes changes = writer.replaceAll(List.of(new Channel("C0GENERAL", "general"),
                new Channel("C0NEWBIES", "welcome"), new Channel("C0JOBS", "remotejobs")));

        assertEquals(new ChannelCacheWriter.Changes(1, 1, 1, 1), changes);
        assertEquals(Map.of("C0GENERAL", "general", "C0NEWBIES", "welcome", "C0JOBS", "remotejobs"),
                redis.hgetall(CHANNEL_KEYS.byId()));
        assertEquals(Map.of("general", "C0GENERAL", "welcome", "C0NEWBIES", "remotejobs", "C0JOBS"),
                redis.hgetall(CHANNEL_KEYS.byName()));
        String stats = redis.info("commandstats");
        assertTrue(stats.contains("cmdstat_hset:calls=2,"), "one HSET per hash: " + stats);
        assertTrue(stats.contains("cmdstat_hdel:calls=2,"), "one HDEL per hash: " + stats);
    }
}
