package dev.gopherbot.consumer.interactions;

import dev.gopherbot.common.stream.StreamEntry;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.message.Event;
import dev.gopherbot.consumer.message.EventReader.UnreadableEntry;

/** Reads {@code command} and {@code interaction} entries, whose bodies are Slack's form posts, into events. */
public final class InteractiveEvents {
    private InteractiveEvents() {
    }

    public static boolean handles(StreamKind kind) {
        return kind == StreamKind.COMMAND || kind == StreamKind.INTERACTION;
    }

    public static Event read(StreamEntry entry) throws UnreadableEntry {
        // the gateway keyed the entry by trigger_id (or the body's hash): the unit of deduplication and "done" markers
        String eventId = entry.eventId().isEmpty() ? entry.id() : entry.eventId();
        return switch (entry.kind()) {
            case COMMAND -> new Event.SlashInvoked(eventId, entry.eventTime(), SlashRequest.read(entry));
            case INTERACTION -> new Event.Interacted(eventId, entry.eventTime(), InteractionPayload.read(entry));
            default -> throw new IllegalArgumentException(entry.kind().wireName() + " is not an interactive stream");
        };
    }
}
