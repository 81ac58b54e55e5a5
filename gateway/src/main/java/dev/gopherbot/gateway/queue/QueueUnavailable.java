package dev.gopherbot.gateway.queue;

/** Redis refused, failed or did not answer in time; the caller answers 503 and Slack retries later. */
public class QueueUnavailable extends RuntimeException {
    public QueueUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
