package dev.gopherbot.apps.cravack.strava;

import java.time.Instant;

/**
 * A Strava call that did not give what was asked, typed by what the caller should do about it. Messages name the
 * endpoint and Strava's status and error code, never a token or a secret.
 */
public final class StravaException extends Exception {
    public enum Kind {
        /** Over Strava's rate limits, ours or reported: try again at {@link #retryAt()}. */
        RATE_LIMITED,
        /** The token is no longer valid (revoked at Strava, or a refresh token already used). */
        UNAUTHORIZED,
        /** Strava refused the request for good (an invalid or used code, a bad client id or secret). */
        REFUSED,
        /** Strava is down, slow or answered 5xx: worth trying again later. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final transient Instant retryAt;

    public StravaException(Kind kind, String message, Instant retryAt) {
        super(message);
        this.kind = kind;
        this.retryAt = retryAt;
    }

    public StravaException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** When a rate-limited call may be tried again; null for the other kinds. */
    public Instant retryAt() {
        return retryAt;
    }
}
