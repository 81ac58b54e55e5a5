package dev.gopherbot.bgtasks.leader;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.job.Fence;
import dev.gopherbot.app.job.LeadershipLost;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeadershipIT {
    /** A fenced write: the body runs only while the lease is ours. */
    private static final String SET = "redis.call('SET', KEYS[2], ARGV[2]) return 1";
    private static final Duration LEASE = Duration.ofMillis(1500);
    private static RedisServer server;
    private static RedisConnector connector;
    private static StatefulRedisConnection<String, String> connection;
    private static RedisCommands<String, String> redis;
    private static final Keys KEYS = new Keys("test:");
    private final List<Leadership> started = new ArrayList<>();

    @BeforeAll
    static void startRedis() {
        server = RedisServer.startEphemeral();
        connector = new RedisConnector(RedisSettings.local(server.url(), KEYS.prefix()));
        connection = connector.connect();
        redis = connection.sync();
    }

    @AfterEach
    void stopInstances() {
        started.forEach(Leadership::close);
        server.flushAll();
    }

    @AfterAll
    static void stopRedis() {
        connection.close();
        connector.close();
        server.close();
    }

    private Leadership instance(String name, AtomicInteger changes) {
        Lease lease = new Lease(redis, BgTasksApp.leaderKey(KEYS), name + ":token", LEASE);
        Leadership l = new Leadership(lease, redis, KEYS.heartbeat("bgtasks", name), name);
        l.start(changes::incrementAndGet);
        started.add(l);
        return l;
    }

    @Test
    void ofTwoInstancesExactlyOneLeadsAndTheOtherStandsBy() {
        Leadership a = instance("a", new AtomicInteger());
        Leadership b = instance("b", new AtomicInteger());

        await().atMost(Duration.ofSeconds(5)).until(() -> a.isLeader() || b.isLeader());
        // several renewals later, still exactly one
        await().during(LEASE.multipliedBy(2)).atMost(LEASE.multipliedBy(3)).until(() -> a.isLeader() ^ b.isLeader());
        Leadership leader = a.isLeader() ? a : b;
        assertEquals(leader == a ? "a:token" : "b:token", redis.get(BgTasksApp.leaderKey(KEYS)));
        assertEquals("leader", redis.get(KEYS.heartbeat("bgtasks", leader == a ? "a" : "b")));
        assertEquals("standby", redis.get(KEYS.heartbeat("bgtasks", leader == a ? "b" : "a")));
    }

    @Test
    void closingTheLeaderReleasesTheLeaseAndTheStandbyTakesOverWithinOneAttempt() {
        Leadership a = instance("a", new AtomicInteger());
        await().atMost(Duration.ofSeconds(5)).until(a::isLeader);
        Leadership b = instance("b", new AtomicInteger());

        a.close();
        long released = System.nanoTime();

        await().atMost(LEASE.dividedBy(3).plusMillis(500)).until(b::isLeader);
        assertTrue(Duration.ofNanos(System.nanoTime() - released).compareTo(LEASE) < 0,
                "took over before the lease would have expired");
    }

    @Test
    void aLeaseNobodyRenewsIsTakenOverWithinTwoLeases() {
        // a leader that died without releasing: its key stays until the lease runs out
        Lease dead = new Lease(redis, BgTasksApp.leaderKey(KEYS), "dead:token", LEASE);
        assertTrue(dead.tryAcquire());
        long died = System.nanoTime();
        Leadership b = instance("b", new AtomicInteger());

        await().atMost(LEASE.multipliedBy(2)).until(b::isLeader);
        assertTrue(Duration.ofNanos(System.nanoTime() - died).compareTo(LEASE) >= 0, "not before the lease expired");
    }

    @Test
    void aLeaderWhoseLeaseWasTakenStepsDownAndItsFencedWritesAreRefused() {
        AtomicInteger changes = new AtomicInteger();
        Leadership a = instance("a", changes);
        await().atMost(Duration.ofSeconds(5)).until(a::isLeader);
        Fence fence = new Fence(a.lease().key(), a.lease().token());
        String before = KEYS.of(Fence.HASH_TAG + ":it:before");
        String after = KEYS.of(Fence.HASH_TAG + ":it:after");
        assertEquals(1, fence.eval(redis, SET, new String[] {before}, "written"));

        // e.g. a long pause: the key expired and another instance took it
        redis.set(BgTasksApp.leaderKey(KEYS), "other:token");

        assertThrows(LeadershipLost.class, a::ensureHeld);
        assertThrows(LeadershipLost.class, () -> fence.eval(redis, SET, new String[] {after}, "written"));
        await().atMost(LEASE).until(() -> !a.isLeader());
        assertEquals(2, changes.get(), "told the runner: gained, then lost");
        assertEquals("written", redis.get(before));
        assertEquals(0L, redis.exists(after), "nothing written without the lease");
        assertEquals("other:token", redis.get(BgTasksApp.leaderKey(KEYS)), "never deletes a successor's key");
    }
}
