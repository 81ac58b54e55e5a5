package dev.gopherbot.bgtasks.jobs;

import dev.gopherbot.app.job.LeadershipLost;
import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.common.retry.Backoff;
import dev.gopherbot.common.slack.SlackCallFailed;
import io.lettuce.core.RedisException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the tasks, one at a time in list order, on one thread, and only while this process leads. Each new term starts
 * with every {@link Job} due at once (so the channel cache, first in the list, is filled before the feeds need it) and
 * every {@link CalendarJob} whose latest due time is not completed. Jobs are short (a fetch and a few posts), so
 * running them in turn costs nothing and no two jobs ever race each other.
 *
 * <p>A failed run is retried after {@code min(period, 30s) × 2^(failures-1)}, capped at the maximum backoff (the period
 * of a calendar job is the time from its due time to the next); a {@link RetryLater} is retried after exactly the
 * delay it carries.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration IDLE_CHECK = Duration.ofSeconds(1);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final List<Slot> slots;
    private final Duration maxBackoff;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private final Leadership leadership;
    private volatile boolean closing;
    private boolean signalled;
    /** A term in which a job found the lease gone: run nothing more until leadership is won again. */
    private long abandonedTerm = -1;

    /**
     * @param schedules the state of the calendar jobs (unused when there are none)
     * @param clock     what "now" is for calendar due times; interval jobs are timed with {@code System.nanoTime}
     */
    public JobRunner(List<? extends Task> tasks, ScheduleStore schedules, Clock clock, Leadership leadership,
            Duration maxBackoff) {
        this.slots = tasks.stream().map(t -> slotFor(t, schedules, clock)).toList();
        this.leadership = leadership;
        this.maxBackoff = maxBackoff;
        this.thread = Thread.ofPlatform().name("bgtasks-jobs").unstarted(this::loop);
    }

    private static Slot slotFor(Task task, ScheduleStore schedules, Clock clock) {
        return switch (task) {
            case Job job -> new IntervalSlot(job);
            case CalendarJob job -> new CalendarSlot(job, schedules, clock);
        };
    }

    public void start() {
        thread.start();
    }

    /** Called when leadership changes: re-evaluate now instead of at the next due time. */
    public void wake() {
        lock.lock();
        try {
            signalled = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        long seenTerm = -1;
        while (!closing) {
            long term = leadership.term();
            if (!leadership.isLeader() || term == abandonedTerm) {
                waitAtMost(IDLE_CHECK.toNanos());
                continue;
            }
            if (term != seenTerm) {
                seenTerm = term;
                long now = System.nanoTime();
                for (Slot s : slots) {
                    s.newTerm(now);
                    s.failures = 0;
                }
            }
            for (Slot s : slots) {
                if (closing || !leadership.isLeader() || term == abandonedTerm) {
                    break;
                }
                if (s.nanosUntilDue(System.nanoTime()) <= 0) {
                    runOnce(s, term);
                }
            }
            long now = System.nanoTime();
            long next = slots.stream().mapToLong(s -> s.nanosUntilDue(now)).min().orElse(IDLE_CHECK.toNanos());
            waitAtMost(Math.min(next, IDLE_CHECK.toNanos()));
        }
    }

    private void runOnce(Slot s, long term) {
        long started = System.nanoTime();
        try {
            s.run(started);
            s.failures = 0;
            log.atDebug().setMessage("job ran").addKeyValue("job", s.name())
                    .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000).log();
        } catch (LeadershipLost e) {
            // not a failure of the job; Redis says the lease is gone even if the leadership thread has not noticed
            // yet, so idle until a new term instead of running the job again and again meanwhile
            abandonedTerm = term;
            log.atInfo().setMessage("job stopped: leadership lost").addKeyValue("job", s.name())
                    .addKeyValue("term", term).log();
        } catch (RetryLater e) {
            s.failures++;
            s.retryIn(e.delay(), System.nanoTime());
            log.atWarn().setMessage("job asked to retry later").addKeyValue("job", s.name())
                    .addKeyValue("retry_in_ms", e.delay().toMillis()).addKeyValue("error", e.getMessage()).log();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        } catch (Exception e) {
            s.failures++;
            Duration delay = backoff(s.period(), s.failures, maxBackoff);
            s.retryIn(delay, System.nanoTime());
            var line = log.atWarn().setMessage("job failed").addKeyValue("job", s.name())
                    .addKeyValue("failures", s.failures).addKeyValue("retry_in_ms", delay.toMillis())
                    .addKeyValue("error", e.toString());
            // an unexpected runtime exception is a bug: keep its stack; I/O, Redis and Slack failures are just noise
            if (e instanceof RuntimeException && !(e instanceof RedisException) && !(e instanceof SlackCallFailed)) {
                line = line.setCause(e);
            }
            line.log();
        }
    }

    /** {@code min(period, 30s) × 2^(failures-1)}, never above {@code max(maxBackoff, that base)}. */
    static Duration backoff(Duration period, int failures, Duration maxBackoff) {
        Duration base = period.compareTo(Duration.ofSeconds(30)) < 0 ? period : Duration.ofSeconds(30);
        // a cap below the base would make a slow job's retries faster than its first one
        Duration cap = maxBackoff.compareTo(base) > 0 ? maxBackoff : base;
        return Backoff.exponential(base, cap).delay(failures);
    }

    private void waitAtMost(long nanos) {
        if (nanos <= 0) {
            return;
        }
        lock.lock();
        try {
            if (!signalled && !closing) {
                changed.awaitNanos(nanos);
            }
            signalled = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        } finally {
            lock.unlock();
        }
    }

    /** Lets the running job finish (it is interrupted if it takes longer than the grace period), then returns. */
    @Override
    public void close() {
        closing = true;
        wake();
        if (!thread.isAlive()) {
            return;
        }
        try {
            if (!thread.join(STOP_GRACE)) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
