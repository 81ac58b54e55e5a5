package dev.gopherbot.gateway.reply;

/**
 * What an endpoint answers, with what the request log line needs to know about it.
 *
 * @param body        the response body, empty for most outcomes
 * @param reason      why, for rejections and ignored events; null when nothing needs explaining
 * @param eventId     Slack's event id (for commands and interactions, the dedup key) when known
 * @param kind        the stream the event was routed to, when it was
 * @param contentType the body's media type: text/plain, or JSON for answers Slack reads (slash commands, modals)
 */
public record Reply(Outcome outcome, String body, String reason, String eventId, String kind, String contentType) {
    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";

    public Reply(Outcome outcome, String body, String reason, String eventId, String kind) {
        this(outcome, body, reason, eventId, kind, TEXT);
    }

    /** A JSON answer Slack acts on (an ephemeral message, {@code response_action: errors}); nothing is stored. */
    public static Reply answered(String json, String reason) {
        return new Reply(Outcome.ANSWERED, json, reason, null, null, JSON);
    }

    public static Reply enqueued(String eventId, String kind) {
        return new Reply(Outcome.ENQUEUED, "", null, eventId, kind);
    }

    public static Reply duplicate(String eventId, String kind) {
        return new Reply(Outcome.DUPLICATE, "", "already stored", eventId, kind);
    }

    /** An event acknowledged without being stored; {@code eventType} becomes the reason and a metric tag. */
    public static Reply ignored(String eventId, String eventType) {
        return new Reply(Outcome.IGNORED, "", eventType, eventId, null);
    }

    public static Reply challenge(String challenge) {
        return new Reply(Outcome.CHALLENGE, challenge, null, null, null);
    }

    public static Reply rejected(Outcome outcome, String reason) {
        return new Reply(outcome, reason, reason, null, null);
    }

    public static Reply rejected(RequestRejected e) {
        return rejected(e.outcome(), e.reason());
    }
}
