package dev.gopherbot.gateway.events;

/**
 * The few top-level fields of an Events API body the gateway needs to answer and route it; the rest stays in the raw
 * body for the consumer. Absent fields are null.
 *
 * @param type        {@code url_verification}, {@code event_callback}, {@code app_rate_limited}, …
 * @param eventTime   Slack's {@code event_time}, epoch seconds
 * @param hasEvent    whether the body has an {@code event} object
 * @param eventType   {@code event.type}
 * @param channelType {@code event.channel_type}, for messages
 */
public record Envelope(String type, String eventId, Long eventTime, String apiAppId, String teamId, String challenge,
                       boolean hasEvent, String eventType, String channelType) {
    public static final String URL_VERIFICATION = "url_verification";
    public static final String EVENT_CALLBACK = "event_callback";
    public static final String APP_RATE_LIMITED = "app_rate_limited";
}
