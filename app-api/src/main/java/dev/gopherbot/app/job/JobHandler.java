package dev.gopherbot.app.job;

/**
 * A background job's work, run by the bgtasks leader. Throw to report failure: {@link RetryLater} when the other
 * side said when to come back, {@link LeadershipLost} when the lease went away, anything else for a retry with
 * backoff. Only the runner catches.
 */
@FunctionalInterface
public interface JobHandler {
    void run(JobContext ctx) throws Exception;
}
