package dev.gopherbot.testkit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class RedisServerIT {

    @Test
    void aPersistentServerKeepsItsDataAcrossAStopAndStartOnTheSamePort() {
        try (RedisServer redis = RedisServer.startPersistent()) {
            redis.assumeRestartable();
            String url = redis.url();
            assertEquals("+OK", redis.command("SET answer 42"));

            redis.stop();
            assertThrows(IllegalStateException.class, () -> redis.command("PING"));
            redis.start();

            assertEquals(url, redis.url());
            assertEquals("$2", redis.command("GET answer"));
        }
    }

    @Test
    void flushAllLeavesAnEmptyServer() {
        try (RedisServer redis = RedisServer.startEphemeral()) {
            redis.command("SET k v");
            redis.flushAll();

            assertEquals(":0", redis.command("DBSIZE"));
        }
    }

    @Test
    void aServerOfTheTestsOwnNeedsNoKeyPrefix() {
        try (RedisServer redis = RedisServer.startEphemeral()) {
            assertEquals("", redis.keyPrefix());
        }
    }

    @Test
    void anExternalServerIsNeverFlushedOnlyTheKeysUnderItsOwnPrefixAreDeleted() {
        try (RedisServer someonesRedis = RedisServer.startEphemeral()) {
            someonesRedis.command("SET gopherbot:stream:precious 1");
            RedisServer first = RedisServer.external(someonesRedis.url());
            RedisServer second = RedisServer.external(someonesRedis.url());
            assertTrue(first.keyPrefix().startsWith("gopherbot-test-"), first.keyPrefix());
            assertNotEquals(first.keyPrefix(), second.keyPrefix());
            first.command("SET " + first.keyPrefix() + "a 1");
            second.command("SET " + second.keyPrefix() + "b 1");

            first.flushAll();
            assertEquals(":0", someonesRedis.command("EXISTS " + first.keyPrefix() + "a"));
            assertEquals(":1", someonesRedis.command("EXISTS " + second.keyPrefix() + "b"));

            second.close();
            assertEquals(":0", someonesRedis.command("EXISTS " + second.keyPrefix() + "b"));
            assertEquals(":1", someonesRedis.command("EXISTS gopherbot:stream:precious"));
            first.close();
        }
    }

    @Test
    void anExternalServerCannotBeStoppedByTheTests() {
        try (RedisServer someonesRedis = RedisServer.startEphemeral();
             RedisServer external = RedisServer.external(someonesRedis.url())) {
            assertThrows(UnsupportedOperationException.class, external::stop);
            assertThrows(TestAbortedException.class, external::assumeRestartable, "outage tests skip, saying why");
            assertEquals("+PONG", someonesRedis.command("PING"));
        }
    }
}
