package dev.gopherbot.common.slack;

import java.time.Duration;

/**
 * A Web API call that did not succeed, classified so the worker can decide: retry later, or give up.
 *
 * @see SlackCalls
 */
public final class SlackCallFailed extends RuntimeException {
    /** How the failure should be treated. */
    public enum Kind {
        /** Slack 5xx, a timeout, a network error: worth retrying with backoff. */
        TRANSIENT,
        /** Still rate limited after waiting in the call: retry no earlier than {@link #retryAfter()}. */
        RATE_LIMITED,
        /** {@code ok:false} with an error that will not go away ({@code channel_not_found}, …): do not retry. */
        PERMANENT
    }

    private final Kind kind;
    private final String method;
    private final String error;
    private final Duration retryAfter;

    public SlackCallFailed(Kind kind, String method, String error, Duration retryAfter) {
        super(method + ": " + error);
        this.kind = kind;
        this.method = method;
        this.error = error;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
