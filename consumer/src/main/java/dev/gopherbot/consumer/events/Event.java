package dev.gopherbot.consumer.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.app.handler.InteractionPayload;
import dev.gopherbot.app.handler.SlashRequest;
import dev.gopherbot.app.message.Message;

/** What one stream entry carries, once read. */
public sealed interface Event {
    /** Slack's {@code event_id}; the unit of deduplication and of "done" markers. */
    String eventId();

    /** Slack's {@code event_time}, epoch seconds. */
    long eventTime();

    record MessagePosted(String eventId, long eventTime, Message message) implements Event {
    }

    /** @param raw the {@code event} object, for handlers subscribed to {@code team_join} itself */
    record TeamJoined(String eventId, long eventTime, String userId, String userName, JsonNode raw) implements Event {
    }

    /** @param raw the {@code event} object, for handlers subscribed to {@code member_joined_channel} itself */
    record ChannelJoined(String eventId, long eventTime, String userId, String channel, JsonNode raw)
            implements Event {
    }

    /** Any other Events API type an app subscribed to, e.g. {@code user_change}. */
    record Other(String eventId, long eventTime, String type, JsonNode raw) implements Event {
    }

    /** A third-party webhook delivery the gateway accepted; {@code eventId} is its dedup key. */
    record WebhookDelivered(String eventId, long eventTime, String hook, String body) implements Event {
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
