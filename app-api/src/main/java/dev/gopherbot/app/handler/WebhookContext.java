package dev.gopherbot.app.handler;

/**
 * One webhook delivery, as the gateway accepted it.
 *
 * @param eventId   the webhook's dedup key: stable across redeliveries
 * @param eventTime the event's time, epoch seconds
 * @param body      the request body exactly as sent
 */
public record WebhookContext(String eventId, long eventTime, String body) {
}
