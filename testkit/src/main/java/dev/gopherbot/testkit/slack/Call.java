package dev.gopherbot.testkit.slack;

import java.time.Instant;
import java.util.Map;

/**
 * One Web API call the fake received: the method, its parameters, and how the fake answered.
 *
 * @param httpStatus the HTTP status the fake returned
 * @param error      Slack's {@code error} when it answered {@code ok:false}, else null
 * @param receivedAt when the request reached the fake, before it was parsed or answered (the benchmark measures end
 *                   to end latency up to this instant, so the fake's own work is not counted)
 * @param app        the app whose bot token the call carried, or null when the token was missing or unknown
 */
public record Call(String method, Map<String, String> params, int httpStatus, String error, Instant receivedAt,
                   String app) {
    /** A call received now. */
    public Call(String method, Map<String, String> params, int httpStatus, String error) {
        this(method, params, httpStatus, error, Instant.now(), null);
    }

    public Call(String method, Map<String, String> params, int httpStatus, String error, Instant receivedAt) {
        this(method, params, httpStatus, error, receivedAt, null);
    }

    public boolean succeeded() {
        return httpStatus == 200 && error == null;
    }

    public String param(String name) {
        return params.get(name);
    }
}
