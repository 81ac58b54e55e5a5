package dev.gopherbot.apps.gopherbot.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.job.Fence;
import dev.gopherbot.app.job.LeadershipLost;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feed's "announced" markers and cursor, fenced by the lease. */
class FeedStoreIT {
    private static final Keys KEYS = new Keys("it:").forApp("gopherbot");
    private static final String LEASE = "it:{bgtasks}:leader";
    private static RedisServer server;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;
    private static RedisCommands<String, String> redis;

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

    @Test
    void anItemIsClaimedOnlyOnceEvenByTheSameLeaderAndItsMarkerExpires() {
        redis.set(LEASE, "me");
        FeedStore store = new FeedStore(redis, new Fence(LEASE, "me"), KEYS, "gerrit", Duration.ofDays(1));

        assertEquals(FeedStore.Claim.CLAIMED, store.claim("583400"));
        assertEquals(FeedStore.Claim.ALREADY_ANNOUNCED, store.claim("583400"));
        store.unclaim("583400");
        assertEquals(FeedStore.Claim.CLAIMED, store.claim("583400"));
        long ttl = redis.pttl(FeedStore.markerKey(KEYS, "gerrit", "583400"));
        assertTrue(ttl > 0 && ttl <= Duration.ofDays(1).toMillis(), "the marker expires: " + ttl);
    }

    @Test
    void withoutTheLeaseNothingIsClaimedOrMoved() {
        redis.set(LEASE, "someone-else");
        FeedStore store = new FeedStore(redis, new Fence(LEASE, "me"), KEYS, "gerrit", Duration.ofDays(1));

        assertThrows(LeadershipLost.class, () -> store.claim("2"));
        assertThrows(LeadershipLost.class, () -> store.advance("cursor"));
        assertEquals(0L, redis.exists(FeedStore.markerKey(KEYS, "gerrit", "2")));
        assertEquals(null, store.cursor());
    }
}
