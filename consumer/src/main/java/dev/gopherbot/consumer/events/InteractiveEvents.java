package dev.gopherbot.consumer.events;

import dev.gopherbot.app.handler.InteractionPayload;
import dev.gopherbot.app.handler.SlashRequest;
import dev.gopherbot.app.handler.UnreadableEntry;
import dev.gopherbot.common.stream.StreamEntry;
import dev.gopherbot.common.stream.StreamKind;

/** Reads {@code command} and {@code interaction} entries, whose bodies are Slack's form posts, into events. */
public final class InteractiveEvents {
    private InteractiveEvents() {
    }

    public static boolean handles(StreamKind kind) {
        return kind.isCommand() || kind.isInteraction();
    }

    public static Event read(StreamEntry entry) throws UnreadableEntry {
        // the gateway keyed the entry by trigger_id (or the body's hash): the unit of deduplication and "done" markers
        String eventId = entry.eventId().isEmpty() ? entry.id() : entry.eventId();
        if (entry.kind().isCommand()) {
            return new Event.SlashInvoked(eventId, entry.eventTime(), SlashRequest.read(entry));
        }
        if (entry.kind().isInteraction()) {
            return new Event.Interacted(eventId, entry.eventTime(), InteractionPayload.read(entry));
        }
        throw new IllegalArgumentException(entry.kind().wireName() + " is not an interactive stream");
    }
}
