package dev.gopherbot.app.job;

/** Thrown by a job that found, right before a side effect, that this process no longer holds the lease. */
public final class LeadershipLost extends RuntimeException {
    public LeadershipLost(String message) {
        super(message);
    }
}
