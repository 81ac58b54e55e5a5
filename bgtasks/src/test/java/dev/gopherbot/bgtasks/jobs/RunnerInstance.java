package dev.gopherbot.bgtasks.jobs;

import static org.awaitility.Awaitility.await;

import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One bgtasks process as {@code BgTasksApp} wires it (its own connection, lease, leadership, schedule store and
 * runner), running one calendar job and, after it in the list, a probe.
 */
final class RunnerInstance implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    /** An interval job listed after the calendar job: each of its runs follows a look at the calendar job. */
    private static final class Probe implements Job {
        volatile int runs;

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
            runs++; // only the runner's thread writes
        }
    }

    final Leadership leadership;
    final ScheduleStore store;
    final JobRunner runner;
    private final RedisConnector connector;
    private final StatefulRedisConnection<String, String> connection;
    private final Probe probe = new Probe();
    /** Set when the instance is asked to stop (SIGTERM), before its runner lets the current run finish. */
    volatile boolean closing;

    RunnerInstance(RedisServer server, Keys keys, Duration leaseDuration, Clock clock, String name,
            Function<ScheduleStore, CalendarJob> job) {
        connector = new RedisConnector(RedisSettings.local(server.url(), keys.prefix()));
        connection = connector.connect();
        Lease lease = new Lease(connection.sync(), BgTasksApp.leaderKey(keys), name + ":" + UUID.randomUUID(),
                leaseDuration);
        leadership = new Leadership(lease, connection.sync(), keys.heartbeat("bgtasks", name), name);
        store = new ScheduleStore(connection.sync(), lease, keys, clock);
        runner = new JobRunner(List.of(job.apply(store), probe), store, clock, leadership, Duration.ofSeconds(1));
        leadership.start(runner::wake);
        runner.start();
    }

    /**
     * Returns once the runner has looked at the calendar job since this call: it visits jobs in list order, so the
     * probe's second run from now comes after at least one such look (no sleeping on a guess).
     */
    void awaitFullPass() {
        int seen = probe.runs;
        await().atMost(PATIENCE).until(() -> probe.runs >= seen + 2);
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
