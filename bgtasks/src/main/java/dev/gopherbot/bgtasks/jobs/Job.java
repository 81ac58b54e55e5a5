package dev.gopherbot.bgtasks.jobs;

import dev.gopherbot.app.job.RetryLater;
import java.time.Duration;

/**
 * A background task that runs every {@link #interval()} while this process leads. A run throws to report failure:
 * {@link RetryLater} when the other side said when to come back, {@code LeadershipLost} when the lease went away,
 * anything else for a retry with exponential backoff. Only the {@code JobRunner} catches.
 */
public interface Job {
    /** Short and stable: it appears in logs and in Redis keys. */
    String name();

    Duration interval();

    void run() throws Exception;
}
