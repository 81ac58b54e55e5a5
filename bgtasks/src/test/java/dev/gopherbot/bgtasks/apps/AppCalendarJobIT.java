package dev.gopherbot.bgtasks.apps;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.app.App;
import dev.gopherbot.bgtasks.AppHarness;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.common.schedule.Schedule;
import dev.gopherbot.testkit.redis.RedisServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An app's calendar job through the real bgtasks processes (two instances, one lease): each due time runs once, also
 * when the leader changes around it. A probe job every 100 ms shows that the runner has looked at the calendar job
 * again since (it runs in list order), so "not run again" is observed, not assumed.
 */
class AppCalendarJobIT {
    /** 09:00 UTC on 1 June 2026. */
    private static final Instant DUE = Instant.parse("2026-06-01T09:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static RedisServer server;

    private final Map<Instant, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final AtomicInteger probes = new AtomicInteger();
    private AppHarness h;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.startEphemeral();
    }

    @AfterAll
    static void stopRedis() {
        server.close();
    }

    @BeforeEach
    void harness() {
        h = new AppHarness(server, DUE.minus(Duration.ofMinutes(5)));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** Counts every run of the monthly job by its due time. */
    private App reports() {
        return App.of("reports", app -> app.add(r -> {
            r.job("monthly", Schedule.monthly(1, LocalTime.of(9, 0), ZoneOffset.UTC),
                    "posts last month's report", ctx -> runs.computeIfAbsent(ctx.due(), d -> new AtomicInteger())
                            .incrementAndGet());
            r.job("probe", Schedule.every(Duration.ofMillis(100)), "shows the runner goes round",
                    ctx -> probes.incrementAndGet());
        }));
    }

    private BgTasksApp start(String instance) {
        return h.start(List.of(reports()), env -> {
            env.put("HEROKU_DYNO_ID", instance);
            env.put("BGTASKS_LEASE", "3s");
        });
    }

    private void awaitMoreProbes(int more) {
        int seen = probes.get();
        await().atMost(WAIT).until(() -> probes.get() >= seen + more);
    }

    @Test
    void aDueTimeThatPassesWhileTheLeaderChangesRunsOnceUnderTheNewLeader() {
        BgTasksApp a = start("a");
        awaitMoreProbes(2); // a leads: its jobs run
        // the latest due time before "now" was the previous month's: a ran it as its catch-up
        int before = runs.size();
        h.stop(a); // a deploy: a hands the lease over
        h.clock.set(DUE.plusSeconds(30));
        start("b");
        start("a2");

        await().atMost(WAIT).until(() -> runs.containsKey(DUE));
        awaitMoreProbes(3);

        assertEquals(1, runs.get(DUE).get(), "the due time ran once");
        assertEquals(before + 1, runs.size(), "no other due time ran");
    }

    @Test
    void aDueTimeCompletedByOneLeaderIsNotRunAgainByTheNext() {
        h.clock.set(DUE.plusSeconds(30));
        BgTasksApp a = start("a");
        await().atMost(WAIT).until(() -> runs.containsKey(DUE));
        awaitMoreProbes(2);

        h.stop(a);
        start("b");
        awaitMoreProbes(3); // b leads and has gone round its jobs, the monthly one included

        assertEquals(Map.of(DUE, 1), counts(), "one due time, run once");
    }

    private Map<Instant, Integer> counts() {
        Map<Instant, Integer> counts = new TreeMap<>();
        runs.forEach((due, n) -> counts.put(due, n.get()));
        return counts;
    }
}
