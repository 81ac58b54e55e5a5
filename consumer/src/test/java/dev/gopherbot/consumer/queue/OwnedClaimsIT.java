package dev.gopherbot.consumer.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A consumer coming back from a backoff claims its entry again only if no peer took it over meanwhile. */
class OwnedClaimsIT {
    private static RedisServer server;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;
    private static RedisCommands<String, String> redis;
    private String stream;

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
    void oneEntryReadByMe() {
        stream = server.keyPrefix() + "owned-claims-" + System.nanoTime();
        redis.xadd(stream, Map.of("k", "v"));
        redis.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0-0"), "g");
        redis.xreadgroup(Consumer.from("g", "me"), XReadArgs.StreamOffset.lastConsumed(stream));
    }

    @Test
    void anEntryStillMineIsClaimedAgainAndItsDeliveryCounted() {
        OwnedClaims claims = new OwnedClaims(redis);

        assertTrue(claims.claimAgain(stream, "g", "me", id()));
        assertEquals("me", pending().getConsumer());
        assertEquals(2, pending().getRedeliveryCount());
    }

    @Test
    void anEntryAPeerTookOverIsNotStolenBack() {
        OwnedClaims claims = new OwnedClaims(redis);
        redis.xclaim(stream, Consumer.from("g", "peer"), io.lettuce.core.XClaimArgs.Builder.minIdleTime(0), id());

        assertFalse(claims.claimAgain(stream, "g", "me", id()));
        assertEquals(List.of(), claims.keep(stream, "g", "me", new String[] {id()}));
        assertEquals("peer", pending().getConsumer());
        assertEquals(2, pending().getRedeliveryCount(), "only the peer's takeover counted");
    }

    @Test
    void keepingAnEntryResetsItsIdleTimeWithoutCountingADelivery() {
        OwnedClaims claims = new OwnedClaims(redis);
        redis.scriptFlush(); // as after a Redis restart: the script is sent again

        assertEquals(List.of(id()), claims.keep(stream, "g", "me", new String[] {id()}));
        assertEquals(1, pending().getRedeliveryCount());
    }

    private String id() {
        return redis.xrange(stream, Range.create("-", "+")).getFirst().getId();
    }

    private PendingMessage pending() {
        return redis.xpending(stream, "g", Range.create("-", "+"), Limit.from(1)).getFirst();
    }
}
