package dev.gopherbot.bgtasks.jobs;

import java.time.Duration;

/** One task's place in the {@link JobRunner}: when it wants to run, and what a run of it involves. */
abstract sealed class Slot permits IntervalSlot, CalendarSlot {
    /** Consecutive failed runs; the runner counts them for the backoff. */
    int failures;

    abstract String name();

    /** A new leader term starts: forget what an earlier term knew (Redis may have changed meanwhile). */
    abstract void newTerm(long nowNanos);

    /** Nanoseconds until this slot wants to run; zero or less means now. */
    abstract long nanosUntilDue(long nowNanos);

    /** One run; returns normally only when it succeeded. */
    abstract void run(long startedNanos) throws Exception;

    /** After a failure: run again (for the same due time, if it has one) after {@code delay}. */
    abstract void retryIn(Duration delay, long nowNanos);

    /** The time between two runs, the base of the backoff after failures. */
    abstract Duration period();
}
