package dev.gopherbot.testkit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class RedisServerIT {
    @TempDir
    Path tmp;

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

    @Test
    void aServerRestartedByTheTestsIsStillTheirsToFlush() {
        try (RedisServer redis = RedisServer.startPersistent()) {
            redis.assumeRestartable();
            redis.command("SET k v");
            redis.stop();
            redis.start();

            redis.flushAll();

            assertEquals(":0", redis.command("DBSIZE"));
        }
    }

    @Test
    void aServerThatTookThePortAfterAStopIsNeitherFlushedNorAdopted() throws Exception {
        try (RedisServer ours = RedisServer.startEphemeral()) {
            ours.assumeRestartable();
            ours.stop();
            int port = URI.create(ours.url()).getPort();
            Process someones = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(port), "--bind",
                    "127.0.0.1", "--dir", tmp.toString(), "--save", "", "--appendonly", "no"))
                    .redirectErrorStream(true).redirectOutput(Files.createFile(tmp.resolve("log")).toFile()).start();
            try {
                Awaitility.await().atMost(Duration.ofSeconds(15))
                        .until(() -> "+PONG".equals(tryCommand(ours, "PING")));
                ours.command("SET someones:precious 1");

                IllegalStateException refused = assertThrows(IllegalStateException.class, ours::flushAll);
                assertTrue(refused.getMessage().contains("not the one these tests started"), refused.getMessage());
                assertEquals(":1", ours.command("EXISTS someones:precious"));

                // starting again on that port must not mistake the other server's PONG for its own
                assertThrows(IllegalStateException.class, ours::start);
                assertEquals(":1", ours.command("EXISTS someones:precious"));
            } finally {
                someones.destroyForcibly().waitFor();
            }
        }
    }

    private static String tryCommand(RedisServer redis, String inline) {
        try {
            return redis.command(inline);
        } catch (IllegalStateException e) {
            return "";
        }
    }
}
