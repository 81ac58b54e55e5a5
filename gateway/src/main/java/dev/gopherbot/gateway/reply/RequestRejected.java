package dev.gopherbot.gateway.reply;

/**
 * Ends a request with a 4xx outcome. The reason goes into the log line and the plain-text response; it names what
 * was wrong (a field, a header) and never echoes the request's content.
 */
public final class RequestRejected extends RuntimeException {
    private final Outcome outcome;

    public RequestRejected(Outcome outcome, String reason) {
        // an expected answer, not a failure: no stack trace to fill in on the hot path
        super(reason, null, false, false);
        this.outcome = outcome;
    }

    public static RequestRejected badRequest(String reason) {
        return new RequestRejected(Outcome.BAD_REQUEST, reason);
    }

    public static RequestRejected unauthorized(String reason) {
        return new RequestRejected(Outcome.UNAUTHORIZED, reason);
    }

    public static RequestRejected forbidden(String reason) {
        return new RequestRejected(Outcome.FORBIDDEN, reason);
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return getMessage();
    }
}
