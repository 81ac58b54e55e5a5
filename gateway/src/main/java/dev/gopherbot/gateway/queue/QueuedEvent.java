package dev.gopherbot.gateway.queue;

/**
 * One stream entry to append, field for field as ARCHITECTURE.md's stream contract names them ({@code EntryFields}).
 *
 * @param eventTime    Slack's event time, epoch seconds
 * @param receivedAtMs when the gateway received the request, epoch milliseconds
 * @param body         the request body exactly as Slack sent it
 */
public record QueuedEvent(String eventId, long eventTime, long receivedAtMs, String requestId, int retryNum,
                          byte[] body) {
}
