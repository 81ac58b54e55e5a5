package dev.gopherbot.gateway.queue;

import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.reply.Reply;

/**
 * Appends one accepted request to its stream and turns the result into the reply: 200 with an empty body either way
 * (stored now, or stored before), with the append's latency recorded. Shared by the form-encoded endpoints.
 */
public final class Acknowledger {
    private final EventQueue queue;
    private final GatewayMetrics metrics;

    public Acknowledger(EventQueue queue, GatewayMetrics metrics) {
        this.queue = queue;
        this.metrics = metrics;
    }

    /** @throws QueueUnavailable when Redis is down or slow; the route answers 503 */
    public Reply append(StreamKind kind, QueuedEvent event) {
        long start = System.nanoTime();
        EventQueue.Result result = queue.append(kind, event);
        metrics.enqueueLatency(kind, System.nanoTime() - start);
        return result == EventQueue.Result.APPENDED
                ? Reply.enqueued(event.eventId(), kind.wireName())
                : Reply.duplicate(event.eventId(), kind.wireName());
    }
}
