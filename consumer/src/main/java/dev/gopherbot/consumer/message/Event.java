package dev.gopherbot.consumer.message;

import dev.gopherbot.consumer.interactions.InteractionPayload;
import dev.gopherbot.consumer.interactions.SlashRequest;

/** What one stream entry carries, once read. */
public sealed interface Event {
    /** Slack's {@code event_id}; the unit of deduplication and of "done" markers. */
    String eventId();

    /** Slack's {@code event_time}, epoch seconds. */
    long eventTime();

    record MessagePosted(String eventId, long eventTime, Message message) implements Event {
    }

    record TeamJoined(String eventId, long eventTime, String userId, String userName) implements Event {
    }

    record ChannelJoined(String eventId, long eventTime, String userId, String channel) implements Event {
    }

    /** A slash command, from the {@code command} stream; {@code eventId} is its {@code trigger_id}. */
    record SlashInvoked(String eventId, long eventTime, SlashRequest request) implements Event {
    }

    /** A click, modal submission or closing, or shortcut, from the {@code interaction} stream. */
    record Interacted(String eventId, long eventTime, InteractionPayload payload) implements Event {
    }

    /** An event the consumer reads but deliberately does nothing with; {@code reason} says why. */
    record NotHandled(String eventId, long eventTime, String reason) implements Event {
    }
}
