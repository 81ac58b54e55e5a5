package dev.gopherbot.gateway.reply;

import java.util.Locale;
import org.slf4j.event.Level;

/**
 * How the gateway answered one request. Every request ends in exactly one outcome, which sets the HTTP status, the
 * {@code outcome} tag of {@code gateway_requests_total} and the level of the request's log line.
 */
public enum Outcome {
    /** The event is durably in its stream. */
    ENQUEUED(200, Level.DEBUG),
    /** The event was stored before (a Slack retry): acknowledged, not stored again. */
    DUPLICATE(200, Level.DEBUG),
    /** An event type the bot does not route: acknowledged so Slack does not retry it, and counted. */
    IGNORED(200, Level.DEBUG),
    /** The {@code url_verification} handshake. */
    CHALLENGE(200, Level.DEBUG),
    /**
     * Answered in the response itself, nothing stored: an unknown slash command, a modal submission with errors the
     * gateway can decide alone.
     */
    ANSWERED(200, Level.DEBUG),
    /** A web page rendered for a signed-in viewer. */
    PAGE(200, Level.DEBUG),
    /** A sign-in link was accepted: session cookie set, redirected to the page (worth a line at info). */
    SIGNED_IN(303, Level.INFO),
    /** The session cookie was cleared on request. */
    SIGNED_OUT(200, Level.INFO),
    BAD_REQUEST(400, Level.INFO),
    UNAUTHORIZED(401, Level.WARN),
    FORBIDDEN(403, Level.WARN),
    /** A web page said the thing asked for does not exist. */
    NOT_FOUND(404, Level.INFO),
    METHOD_NOT_ALLOWED(405, Level.INFO),
    TOO_LARGE(413, Level.INFO),
    UNSUPPORTED_MEDIA_TYPE(415, Level.INFO),
    /** A bug: logged with its stack trace. */
    INTERNAL_ERROR(500, Level.ERROR),
    /** Redis is down or slow: Slack retries later, and the dedup key makes the retry safe. */
    UNAVAILABLE(503, Level.WARN);

    private final int status;
    private final Level level;
    private final String tag;

    Outcome(int status, Level level) {
        this.status = status;
        this.level = level;
        this.tag = name().toLowerCase(Locale.ROOT);
    }

    public int status() {
        return status;
    }

    /** Successful requests log at debug; rejections at info (the client's mistake) or warn (worth a look). */
    public Level level() {
        return level;
    }

    /** The metric tag and log value, e.g. {@code too_large}. */
    public String tag() {
        return tag;
    }

    public boolean rejected() {
        return status >= 400;
    }
}
