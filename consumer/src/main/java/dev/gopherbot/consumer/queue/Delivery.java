package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamEntry;
import dev.gopherbot.common.stream.StreamKind;
import java.util.Map;

/**
 * A stream entry handed to this consumer.
 *
 * @param deliveries how many times the group has delivered it, this time included (Redis's delivery counter)
 */
public record Delivery(StreamKind kind, String id, Map<String, String> fields, long deliveries) {
    /** Set on entries an operator requeued from the dead letters. */
    public static final String REQUEUED_FROM = "requeued_from";

    public Delivery {
        fields = Map.copyOf(fields);
    }

    public StreamEntry entry() {
        return StreamEntry.of(kind, id, fields);
    }

    public boolean requeued() {
        return fields.containsKey(REQUEUED_FROM);
    }

    public Delivery redelivered(long count) {
        return new Delivery(kind, id, fields, count);
    }
}
