package dev.gopherbot.bgtasks.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.bgtasks.MutableClock;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.bgtasks.leader.LeadershipLost;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.common.schedule.Schedule;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calendar jobs on real Redis with real leases: bgtasks instances are built as BgTasksApp builds them (one connection,
 * lease, leadership, store and runner each) and share one test clock, which the tests move to the due times.
 */
class CalendarJobIT {
    private static final Keys KEYS = new Keys("test:");
    private static final Duration LEASE = Duration.ofMillis(1500);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** 09:00 in Helsinki (EEST) on 1 June 2024. */
    private static final Instant DUE = Instant.parse("2024-06-01T06:00:00Z");
    private static final Instant NEXT_DUE = DUE.plus(Duration.ofDays(1));
    private static RedisServer server;

    private final MutableClock clock = new MutableClock(DUE);
    private final Map<Instant, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<Instant, AtomicInteger> effects = new ConcurrentHashMap<>();
    private final List<Instance> instances = new ArrayList<>();
    private Schedule schedule = Schedule.parse("daily 09:00 Europe/Helsinki");

    @BeforeAll
    static void startRedis() {
        server = RedisServer.startEphemeral();
    }

    @AfterAll
    static void stopRedis() {
        server.close();
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(Instance::close);
        server.flushAll();
    }

    @Test
    void aDueTimeRunsOnceWhenTheLeaderIsClosedMidRunAndTheStandbyTakesOver() throws Exception {
        clock.set(DUE.minus(Duration.ofMinutes(1)));
        CountDownLatch inRun = new CountDownLatch(1);
        Instance[] a = new Instance[1];
        a[0] = start("a", (due, attempt) -> {
            inRun.countDown();
            await().atMost(PATIENCE).until(() -> a[0].closing); // SIGTERM arrives while the job runs
        });
        await().atMost(PATIENCE).until(a[0].leadership::isLeader);
        Instance b = start("b", MidRun.NOTHING);

        clock.set(DUE);
        a[0].runner.wake();
        assertTrue(inRun.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        // the runner lets the run finish and complete before the lease is released
        CompletableFuture.runAsync(a[0]::close).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        await().atMost(PATIENCE).until(b.leadership::isLeader);
        b.awaitFullPass();

        assertEquals(Map.of(DUE, 1), counts(runs), "yesterday's due time is past the 1 h catch-up window");
        assertEquals(Map.of(DUE, 1), counts(effects));
        assertEquals(Optional.of(DUE), b.store.completed("report"));

        clock.set(NEXT_DUE);
        b.runner.wake();
        await().atMost(PATIENCE).until(() -> runs.containsKey(NEXT_DUE));
        b.awaitFullPass();
        assertEquals(Map.of(DUE, 1, NEXT_DUE, 1), counts(runs));
    }

    @Test
    void aRunCutOffByACrashRunsAgainUnderTheNextLeaderButAnEffectItMarkedDoesNot() throws Exception {
        CountDownLatch inRun = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Instance a = start("a", (due, attempt) -> {
            inRun.countDown();
            never.await(); // the process dies here, after the effect, before the run completes
        });
        assertTrue(inRun.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        Instance b = start("b", MidRun.NOTHING);

        a.crash();
        await().atMost(PATIENCE).until(() -> Optional.of(DUE).equals(b.store.completed("report")));

        assertEquals(Map.of(DUE, 2), counts(runs), "at least once: the claimed, uncompleted due time runs again");
        assertEquals(Map.of(DUE, 1), counts(effects), "the effect marker keeps the effect single");
        never.countDown();
    }

    @Test
    void onlyTheLatestDueTimeMissedWhileNoLeaderWasUpRunsOnceWhenOneComes() {
        // the job last completed three days ago; bgtasks was down since, and at 09:00 today
        server.command("HSET " + ScheduleStore.key(KEYS, "report") + " completed 2024-05-29T06:00:00.000Z");
        clock.set(DUE.plus(Duration.ofMinutes(20)));

        Instance a = start("a", MidRun.NOTHING);
        await().atMost(PATIENCE).until(() -> runs.containsKey(DUE));
        a.awaitFullPass();

        assertEquals(Map.of(DUE, 1), counts(runs));
        assertEquals(Optional.of(DUE), a.store.completed("report"));
    }

    @Test
    void aCompletedDueTimeIsNotRunAgainAfterARestartButTheNextOneRuns() {
        clock.set(DUE.plus(Duration.ofMinutes(1)));
        Instance first = start("a", MidRun.NOTHING);
        await().atMost(PATIENCE).until(() -> Optional.of(DUE).equals(first.store.completed("report")));
        first.close();

        Instance restarted = start("a", MidRun.NOTHING);
        await().atMost(PATIENCE).until(restarted.leadership::isLeader);
        restarted.awaitFullPass();
        assertEquals(Map.of(DUE, 1), counts(runs));

        clock.set(NEXT_DUE);
        restarted.runner.wake();
        await().atMost(PATIENCE).until(() -> runs.containsKey(NEXT_DUE));
        restarted.awaitFullPass();
        assertEquals(Map.of(DUE, 1, NEXT_DUE, 1), counts(runs));
    }

    @Test
    void aFailingRunIsRetriedForItsDueTimeUntilItSucceedsOrTheNextOneIsDue() {
        // a short period keeps the backoff (min(period, 30 s) doubling) short
        schedule = Schedule.every(Duration.ofMillis(300));
        Instant second = DUE.plusMillis(300);
        Instant third = DUE.plusMillis(600);
        Instance a = start("a", (due, attempt) -> {
            if ((due.equals(DUE) && attempt <= 2) || due.equals(second)) {
                throw new IOException("failing attempt " + attempt + " for " + due);
            }
        });
        await().atMost(PATIENCE).until(() -> Optional.of(DUE).equals(a.store.completed("report")));
        assertEquals(Map.of(DUE, 3), counts(runs), "two failures, then success, all for the same due time");

        clock.set(second);
        await().atMost(PATIENCE).until(() -> runs.getOrDefault(second, new AtomicInteger()).get() >= 2);
        clock.set(third);
        a.runner.wake();
        await().atMost(PATIENCE).until(() -> Optional.of(third).equals(a.store.completed("report")));
        a.awaitFullPass();
        assertEquals(1, runs.get(third).get());
        assertTrue(runs.get(second).get() >= 2, "retried until the next due time arrived");
    }

    @Test
    void theStateOnlyMovesForwardAndAnInstanceWithoutTheLeaseCannotTouchIt() {
        clock.set(DUE.minus(Duration.ofMinutes(1))); // nothing due: the runner stays out of the way
        Instance a = start("a", MidRun.NOTHING);
        await().atMost(PATIENCE).until(a.leadership::isLeader);
        CalendarJob job = new Report(a.store, MidRun.NOTHING);

        assertEquals(1, a.store.claim(job, DUE));
        assertEquals(2, a.store.claim(job, DUE), "a second claim of the same due time counts as a second attempt");
        assertTrue(a.store.claimEffect(job, DUE, "post"));
        assertFalse(a.store.claimEffect(job, DUE, "post"));
        a.store.complete(job, DUE);
        assertEquals(0, a.store.claim(job, DUE), "completed: never again");
        assertEquals(0, a.store.claim(job, DUE.minus(Duration.ofDays(1))), "nor anything earlier");

        // e.g. a long pause: the lease expired and another instance took it
        server.command("SET " + BgTasksApp.leaderKey(KEYS) + " other:token");
        Instant next = DUE.plus(Duration.ofDays(1));
        assertThrows(LeadershipLost.class, () -> a.store.claim(job, next));
        assertThrows(LeadershipLost.class, () -> a.store.complete(job, next));
        assertThrows(LeadershipLost.class, () -> a.store.claimEffect(job, next, "post"));
        assertEquals(Optional.of(DUE), a.store.completed("report"));
    }

    /** What the job does after its effect; a test pauses or fails it there. */
    @FunctionalInterface
    interface MidRun {
        MidRun NOTHING = (due, attempt) -> { };

        void after(Instant due, int attempt) throws Exception;
    }

    /** The job under test: counts every run and its one effect per due time, for all instances together. */
    private final class Report implements CalendarJob {
        private final ScheduleStore store;
        private final MidRun midRun;

        Report(ScheduleStore store, MidRun midRun) {
            this.store = store;
            this.midRun = midRun;
        }

        @Override
        public String name() {
            return "report";
        }

        @Override
        public Schedule schedule() {
            return schedule;
        }

        @Override
        public Duration catchUp() {
            return Duration.ofHours(1);
        }

        @Override
        public void run(Instant due) throws Exception {
            int attempt = runs.computeIfAbsent(due, d -> new AtomicInteger()).incrementAndGet();
            if (store.claimEffect(this, due, "post")) {
                effects.computeIfAbsent(due, d -> new AtomicInteger()).incrementAndGet();
            }
            midRun.after(due, attempt);
        }
    }

    /** An interval job listed after the report: once it ran twice more, the runner has looked at the report since. */
    private static final class Probe implements Job {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public Duration interval() {
            return Duration.ofMillis(50);
        }

        @Override
        public void run() {
            runs.incrementAndGet();
        }
    }

    private Instance start(String name, MidRun midRun) {
        Instance i = new Instance(name, midRun);
        instances.add(i);
        return i;
    }

    /** One bgtasks process, wired as BgTasksApp wires it, with the report and the probe as its jobs. */
    private final class Instance implements AutoCloseable {
        final RedisConnector connector = new RedisConnector(RedisSettings.local(server.url(), KEYS.prefix()));
        final StatefulRedisConnection<String, String> connection = connector.connect();
        final Leadership leadership;
        final ScheduleStore store;
        final JobRunner runner;
        final Probe probe = new Probe();
        volatile boolean closing;

        Instance(String name, MidRun midRun) {
            Lease lease = new Lease(connection.sync(), BgTasksApp.leaderKey(KEYS), name + ":" + UUID.randomUUID(),
                    LEASE);
            leadership = new Leadership(lease, connection.sync(), KEYS.heartbeat("bgtasks", name), name);
            store = new ScheduleStore(connection.sync(), lease, KEYS, clock);
            runner = new JobRunner(List.of(new Report(store, midRun), probe), store, clock, leadership,
                    Duration.ofSeconds(1));
            leadership.start(runner::wake);
            runner.start();
        }

        void awaitFullPass() {
            int seen = probe.runs.get();
            await().atMost(PATIENCE).until(() -> probe.runs.get() >= seen + 2);
        }

        /** Like a SIGKILL as far as Redis can tell: no renewal, no release, no completion ever comes from it. */
        void crash() {
            connection.close();
        }

        @Override
        public void close() {
            if (closing) {
                return;
            }
            closing = true;
            runner.close();
            leadership.close();
            connection.close();
            connector.close();
        }
    }

    private static Map<Instant, Integer> counts(Map<Instant, AtomicInteger> m) {
        Map<Instant, Integer> snapshot = new TreeMap<>();
        m.forEach((due, n) -> snapshot.put(due, n.get()));
        return snapshot;
    }
}
