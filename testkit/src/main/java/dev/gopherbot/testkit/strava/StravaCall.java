package dev.gopherbot.testkit.strava;

import java.time.Instant;
import java.util.Map;

/**
 * One request the fake Strava received and how it answered.
 *
 * @param endpoint   a short name: {@code token}, {@code deauthorize}, {@code authorize}, {@code activity},
 *                   {@code push_subscriptions}
 * @param params     the form or query parameters (secrets included: tests assert on them)
 * @param bearer     the access token of an {@code Authorization: Bearer} header, or null
 * @param httpStatus what the fake answered
 */
public record StravaCall(String endpoint, String method, String path, Map<String, String> params, String bearer,
                         int httpStatus, Instant receivedAt) {
    public boolean succeeded() {
        return httpStatus >= 200 && httpStatus < 300;
    }

    public String param(String name) {
        return params.get(name);
    }
}
