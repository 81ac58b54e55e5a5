package dev.gopherbot.testkit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RedisServerIT {

    @Test
    void aPersistentServerKeepsItsDataAcrossAStopAndStartOnTheSamePort() {
        try (RedisServer redis = RedisServer.startPersistent()) {
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
}
