package dev.gopherbot.bgtasks.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CalendarJob}: due when its schedule's latest due time is neither completed nor older than the catch-up
 * window. Only the latest due time is ever considered, so an outage of many periods costs one run, not a replay, and a
 * due time still failing when the next one arrives is given up for it.
 */
final class CalendarSlot extends Slot {
    private static final Logger log = LoggerFactory.getLogger(CalendarSlot.class);

    private final CalendarJob job;
    private final ScheduleStore store;
    private final Clock clock;
    /** The latest due time known to be completed; null until this term has asked Redis. */
    private Instant completed;
    /** The due time of the run in progress or last run. */
    private Instant attempted;
    /** A due time whose run failed, and when to try it again. */
    private Instant failed;
    private long retryAtNanos;
    /** The last due time found too old to start, so that it is looked at once. */
    private Instant skipped;

    CalendarSlot(CalendarJob job, ScheduleStore store, Clock clock) {
        this.job = job;
        this.store = store;
        this.clock = clock;
    }

    @Override
    String name() {
        return job.name();
    }

    @Override
    void newTerm(long nowNanos) {
        completed = null;
        failed = null;
    }

    @Override
    long nanosUntilDue(long nowNanos) {
        Instant now = clock.instant();
        Instant due = pending(now);
        if (due == null) {
            return Duration.between(now, job.schedule().nextDueAfter(now)).toNanos();
        }
        return due.equals(failed) ? retryAtNanos - nowNanos : 0;
    }

    @Override
    void run(long startedNanos) throws Exception {
        Instant now = clock.instant();
        Instant due = pending(now);
        if (due == null) {
            return;
        }
        if (!due.equals(failed)) {
            if (failed != null) {
                log.atWarn().setMessage("gave up on a due time: the next one is due").addKeyValue("job", name())
                        .addKeyValue("due", failed).addKeyValue("failures", failures).log();
            }
            failed = null;
            failures = 0;
        }
        if (Duration.between(due, now).compareTo(job.catchUp()) > 0) {
            skip(due);
            return;
        }
        attempted = due;
        long attempt = store.claim(job, due);
        if (attempt == 0) {
            completed = due;
            return;
        }
        if (attempt > 1) {
            log.atInfo().setMessage("running a due time again: an earlier attempt did not complete")
                    .addKeyValue("job", name()).addKeyValue("due", due).addKeyValue("attempt", attempt).log();
        }
        job.run(due);
        store.complete(job, due);
        completed = due;
        failed = null;
        log.atInfo().setMessage("scheduled job ran").addKeyValue("job", name()).addKeyValue("due", due)
                .addKeyValue("late_ms", Duration.between(due, clock.instant()).toMillis()).log();
    }

    /** Too late to start: say so once, unless it ran in time (then there is nothing to say). */
    private void skip(Instant due) {
        skipped = due;
        failed = null;
        boolean ran = store.completed(name()).filter(done -> !done.isBefore(due)).isPresent();
        if (!ran) {
            log.atWarn().setMessage("due time skipped: older than the catch-up window").addKeyValue("job", name())
                    .addKeyValue("due", due).addKeyValue("catch_up", job.catchUp()).log();
        }
    }

    @Override
    void retryIn(Duration delay, long nowNanos) {
        failed = attempted;
        retryAtNanos = nowNanos + delay.toNanos();
    }

    @Override
    Duration period() {
        Instant due = attempted != null ? attempted : clock.instant();
        return Duration.between(due, job.schedule().nextDueAfter(due));
    }

    /** The latest due time, unless it is completed or was skipped; else null. */
    private Instant pending(Instant now) {
        Instant due = job.schedule().latestDueAtOrBefore(now).orElse(null);
        if (due == null || due.equals(skipped) || (completed != null && !due.isAfter(completed))) {
            return null;
        }
        return due;
    }
}
