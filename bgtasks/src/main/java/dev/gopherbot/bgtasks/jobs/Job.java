package dev.gopherbot.bgtasks.jobs;

import dev.gopherbot.app.job.RetryLater;
import java.time.Duration;

/**
 * A background task that runs every {@link #interval()} while this process leads, and once at the start of every
 * leader term; nothing about its runs is kept in Redis (a job that must run once per due time is a
 * {@link CalendarJob}). A run throws to report failure: {@link RetryLater} when the other side said when to come back,
 * {@code LeadershipLost} when the lease went away, anything else for a retry with exponential backoff. Only the
 * {@code JobRunner} catches.
 */
public non-sealed interface Job extends Task {
    Duration interval();

    void run() throws Exception;
}
