package dev.gopherbot.common.slack;

import dev.gopherbot.common.slack.SlackCallFailed.Kind;
import java.util.Set;

/**
 * What a Slack failure means for the caller, decided here once for the Web API and response URLs alike: worth trying
 * again later, rate limited, or never going to work.
 */
public final class SlackErrors {
    /**
     * {@code ok:false} errors that say "try again later" rather than "this request is wrong". Slack spells its rate
     * limit both ways ({@code ratelimited} in general, {@code rate_limited} for {@code chat.postMessage}); without a
     * {@code Retry-After} on a 200 they are left to the caller's backoff.
     */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "rate_limited", "team_added_to_org");

    private SlackErrors() {
    }

    /** An {@code ok:false} answer: transient for the errors above, permanent for every other one. */
    public static Kind ofError(String error) {
        return TRANSIENT_ERRORS.contains(error) ? Kind.TRANSIENT : Kind.PERMANENT;
    }

    /**
     * A non-2xx HTTP status: 429 is a rate limit; 5xx and 408 are Slack's trouble (it may have acted before failing,
     * as with any timeout); any other 4xx is a request that cannot succeed as sent (a spent {@code response_url}
     * answers 404, an unknown method 404, a body too large 413).
     */
    public static Kind ofStatus(int status) {
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status >= 500 || status == 408) {
            return Kind.TRANSIENT;
        }
        if (status >= 400) {
            return Kind.PERMANENT;
        }
        // 1xx/3xx never reach a caller (the client follows redirects), but an odd proxy is no reason to give up
        return Kind.TRANSIENT;
    }
}
