package dev.gopherbot.gateway.queue;

/**
 * The queue refuses new work: a stream holds {@code STREAM_MAXLEN} entries, or Redis's memory is past
 * {@code REDIS_MEMORY_LIMIT}. Answered 503 like any unavailable queue, so Slack retries later; nothing accepted is
 * dropped to make room.
 */
public final class QueueFull extends QueueUnavailable {
    public QueueFull(String message) {
        super(message, null);
    }
}
