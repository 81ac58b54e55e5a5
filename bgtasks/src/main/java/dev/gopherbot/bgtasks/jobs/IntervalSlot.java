package dev.gopherbot.bgtasks.jobs;

import java.time.Duration;

/** A {@link Job}: due at the start of each term, then one interval after each successful run. */
final class IntervalSlot extends Slot {
    private final Job job;
    private long dueAt;

    IntervalSlot(Job job) {
        this.job = job;
    }

    @Override
    String name() {
        return job.name();
    }

    @Override
    void newTerm(long nowNanos) {
        dueAt = nowNanos;
    }

    @Override
    long nanosUntilDue(long nowNanos) {
        return dueAt - nowNanos;
    }

    @Override
    void run(long startedNanos) throws Exception {
        job.run();
        dueAt = startedNanos + job.interval().toNanos();
    }

    @Override
    void retryIn(Duration delay, long nowNanos) {
        dueAt = nowNanos + delay.toNanos();
    }

    @Override
    Duration period() {
        return job.interval();
    }
}
