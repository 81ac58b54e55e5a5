package dev.gopherbot.app.handler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Events API event.
 *
 * @param eventId   Slack's {@code event_id}: stable across redeliveries
 * @param eventTime Slack's {@code event_time}, epoch seconds
 * @param event     the {@code event} object, e.g. a {@code user_change}'s {@code {"type":…, "user":{…}}}
 */
public record EventContext(String eventId, long eventTime, String type, JsonNode event) {
}
