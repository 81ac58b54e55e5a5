package dev.gopherbot.common.stream;

import java.util.Map;

/**
 * One entry of a work stream as the consumer reads it.
 *
 * @param id         the Redis stream entry id
 * @param eventTime  Slack's event time, epoch seconds
 * @param receivedAt when the gateway received it, epoch milliseconds
 * @param body       the request body exactly as Slack sent it
 */
public record StreamEntry(StreamKind kind, String id, String eventId, long eventTime, long receivedAt,
                          String requestId, int retryNum, String body) {

    public static StreamEntry of(StreamKind kind, String id, Map<String, String> fields) {
        return new StreamEntry(kind, id,
                fields.getOrDefault(EntryFields.EVENT_ID, ""),
                parseLong(fields.get(EntryFields.EVENT_TIME)),
                parseLong(fields.get(EntryFields.RECEIVED_AT)),
                fields.getOrDefault(EntryFields.REQUEST_ID, ""),
                (int) parseLong(fields.get(EntryFields.RETRY_NUM)),
                fields.getOrDefault(EntryFields.BODY, ""));
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
