package dev.gopherbot.common.stream;

/** Field names of a stream entry, as written by the gateway and read by the consumer. */
public final class EntryFields {
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TIME = "event_time";
    public static final String RECEIVED_AT = "received_at";
    public static final String REQUEST_ID = "request_id";
    public static final String RETRY_NUM = "retry_num";
    public static final String BODY = "body";

    private EntryFields() {
    }
}
