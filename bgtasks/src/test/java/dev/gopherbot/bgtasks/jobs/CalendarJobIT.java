package dev.gopherbot.bgtasks.jobs;

import static dev.gopherbot.bgtasks.jobs.RunnerInstance.PATIENCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.job.LeadershipLost;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.bgtasks.MutableClock;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.schedule.Schedule;
import dev.gopherbot.testkit.redis.RedisServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calendar jobs on real Redis with real leases: bgtasks instances built as BgTasksApp builds them ({@link
 * RunnerInstance}) share one test clock, which the tests move to the due times, and one tally of the job's runs and
 * effects per due time.
 */
class CalendarJobIT {
    private static final Keys KEYS = new Keys("test:");
    private static final Duration LEASE = Duration.ofMillis(1500);
    /** 09:00 in Helsinki (EEST) on 1 June 2024. */
    private static final Instant DUE = Instant.parse("2024-06-01T06:00:00Z");
    private static final Instant NEXT_DUE = DUE.plus(Duration.ofDays(1));
    private static RedisServer server;

    private final MutableClock clock = new MutableClock(DUE);
    private final ReportJob.Tally tally = new ReportJob.Tally();
    private final List<RunnerInstance> instances = new ArrayList<>();
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
        instances.forEach(RunnerInstance::close);
        server.flushAll();
    }

    @Test
    void aDueTimeRunsOnceWhenTheLeaderIsClosedMidRunAndTheStandbyTakesOver() throws Exception {
        clock.set(DUE.minus(Duration.ofMinutes(1)));
        CountDownLatch inRun = new CountDownLatch(1);
        RunnerInstance[] a = new RunnerInstance[1];
        a[0] = start("a", (due, attempt) -> {
            inRun.countDown();
            await().atMost(PATIENCE).until(() -> a[0].closing); // SIGTERM arrives while the job runs
        });
        await().atMost(PATIENCE).until(a[0].leadership::isLeader);
        RunnerInstance b = start("b", ReportJob.MidRun.NOTHING);

        clock.set(DUE);
        a[0].runner.wake();
        assertTrue(inRun.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        // the runner lets the run finish and complete before the lease is released
        CompletableFuture.runAsync(a[0]::close).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        await().atMost(PATIENCE).until(b.leadership::isLeader);
        b.awaitFullPass();

        assertEquals(Map.of(DUE, 1), tally.runs(), "yesterday's due time is past the 1 h catch-up window");
        assertEquals(Map.of(DUE, 1), tally.effects());
        assertEquals(Optional.of(DUE), b.store.completed("report"));

        clock.set(NEXT_DUE);
        b.runner.wake();
        await().atMost(PATIENCE).until(() -> tally.runs().containsKey(NEXT_DUE));
        b.awaitFullPass();
        assertEquals(Map.of(DUE, 1, NEXT_DUE, 1), tally.runs());
    }

    @Test
    void aRunCutOffByACrashRunsAgainUnderTheNextLeaderButAnEffectItMarkedDoesNot() throws Exception {
        CountDownLatch inRun = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        RunnerInstance a = start("a", (due, attempt) -> {
            inRun.countDown();
            never.await(); // the process dies here, after the effect, before the run completes
        });
        assertTrue(inRun.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        RunnerInstance b = start("b", ReportJob.MidRun.NOTHING);

        a.crash();
        await().atMost(PATIENCE).until(() -> Optional.of(DUE).equals(b.store.completed("report")));

        assertEquals(Map.of(DUE, 2), tally.runs(), "at least once: the claimed, uncompleted due time runs again");
        assertEquals(Map.of(DUE, 1), tally.effects(), "the effect marker keeps the effect single");
        never.countDown();
    }

    @Test
    void onlyTheLatestDueTimeMissedWhileNoLeaderWasUpRunsOnceWhenOneComes() {
        // the job last completed three days ago; bgtasks was down since, and at 09:00 today
        server.command("HSET " + ScheduleStore.key(KEYS, "report") + " completed 2024-05-29T06:00:00.000Z");
        clock.set(DUE.plus(Duration.ofMinutes(20)));

        RunnerInstance a = start("a", ReportJob.MidRun.NOTHING);
        await().atMost(PATIENCE).until(() -> tally.runs().containsKey(DUE));
        a.awaitFullPass();

        assertEquals(Map.of(DUE, 1), tally.runs());
        assertEquals(Optional.of(DUE), a.store.completed("report"));
    }

    @Test
    void aCompletedDueTimeIsNotRunAgainAfterARestartButTheNextOneRuns() {
        clock.set(DUE.plus(Duration.ofMinutes(1)));
        RunnerInstance first = start("a", ReportJob.MidRun.NOTHING);
        await().atMost(PATIENCE).until(() -> Optional.of(DUE).equals(first.store.completed("report")));
        first.close();

        RunnerInstance restarted = start("a", ReportJob.MidRun.NOTHING);
        await().atMost(PATIENCE).until(restarted.leadership::isLeader);
        restarted.awaitFullPass();
        assertEquals(Map.of(DUE, 1), tally.runs());

        clock.set(NEXT_DUE);
        restarted.runner.wake();
        await().atMost(PATIENCE).until(() -> tally.runs().containsKey(NEXT_DUE));
        restarted.awaitFullPass();
        assertEquals(Map.of(DUE, 1, NEXT_DUE, 1), tally.runs());
    }

    @Test
    void aFailingRunIsRetriedForItsDueTimeUntilItSucceedsOrTheNextOneIsDue() {
        // a short period keeps the backoff (min(period, 30 s) doubling) short
        schedule = Schedule.every(Duration.ofMillis(300));
        Instant second = DUE.plusMillis(300);
        Instant third = DUE.plusMillis(600);
        RunnerInstance a = start("a", (due, attempt) -> {
            if ((due.equals(DUE) && attempt <= 2) || due.equals(second)) {
                throw new IOException("failing attempt " + attempt + " for " + due);
            }
        });
        await().atMost(PATIENCE).until(() -> Optional.of(DUE).equals(a.store.completed("report")));
        assertEquals(Map.of(DUE, 3), tally.runs(), "two failures, then success, all for the same due time");

        clock.set(second);
        await().atMost(PATIENCE).until(() -> tally.runsOf(second) >= 2);
        clock.set(third);
        a.runner.wake();
        await().atMost(PATIENCE).until(() -> Optional.of(third).equals(a.store.completed("report")));
        a.awaitFullPass();
        assertEquals(1, tally.runsOf(third));
        assertTrue(tally.runsOf(second) >= 2, "retried until the next due time arrived");
    }

    @Test
    void theStateOnlyMovesForwardAndAnInstanceWithoutTheLeaseCannotTouchIt() {
        clock.set(DUE.minus(Duration.ofMinutes(1))); // nothing due: the runner stays out of the way
        RunnerInstance a = start("a", ReportJob.MidRun.NOTHING);
        await().atMost(PATIENCE).until(a.leadership::isLeader);
        CalendarJob job = new ReportJob(schedule, tally, a.store, ReportJob.MidRun.NOTHING);

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

    private RunnerInstance start(String name, ReportJob.MidRun midRun) {
        RunnerInstance i = new RunnerInstance(server, KEYS, LEASE, clock, name,
                store -> new ReportJob(schedule, tally, store, midRun));
        instances.add(i);
        return i;
    }
}
