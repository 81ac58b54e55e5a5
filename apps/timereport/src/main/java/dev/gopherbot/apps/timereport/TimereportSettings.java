package dev.gopherbot.apps.timereport;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The app's settings (docs/apps/timereport.md).
 *
 * @param apiUrl     {@code TIMEREPORT_API_URL}: the time-report API's base URL, required
 * @param apiToken   {@code TIMEREPORT_API_TOKEN}: its bearer token, required
 * @param apiTimeout {@code TIMEREPORT_API_TIMEOUT}: how long one call may take before it counts as failed (retried)
 * @param zone       {@code TIMEREPORT_TIME_ZONE}: where "today" and "this month" are
 */
public record TimereportSettings(URI apiUrl, Secret apiToken, Duration apiTimeout, ZoneId zone) {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);

    public static TimereportSettings from(Env env) {
        URI url = URI.create("http://invalid/");
        String rawUrl = env.raw("TIMEREPORT_API_URL");
        if (rawUrl == null) {
            env.problem("TIMEREPORT_API_URL is required but not set: the time-report API's base URL, e.g. "
                    + "https://timereport.example.com/api/");
        } else {
            try {
                URI u = URI.create(rawUrl);
                if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))
                        || u.getUserInfo() != null) {
                    throw new IllegalArgumentException("not http(s)");
                }
                url = u;
            } catch (IllegalArgumentException e) {
                // not echoed: a URL with credentials in it would put them in the log
                env.problem("TIMEREPORT_API_URL is invalid: expected an http(s) URL without credentials, e.g. "
                        + "https://timereport.example.com/api/ (the token goes in TIMEREPORT_API_TOKEN)");
            }
        }
        Secret token = env.secret("TIMEREPORT_API_TOKEN");
        Duration timeout = env.duration("TIMEREPORT_API_TIMEOUT", DEFAULT_TIMEOUT);
        if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            env.problem("TIMEREPORT_API_TIMEOUT=" + env.raw("TIMEREPORT_API_TIMEOUT") + " is invalid: expected a "
                    + "duration from 1ms to 60s, e.g. 10s");
            timeout = DEFAULT_TIMEOUT;
        }
        ZoneId zone = ZoneId.of("UTC");
        String rawZone = env.string("TIMEREPORT_TIME_ZONE", "UTC");
        try {
            zone = ZoneId.of(rawZone);
        } catch (DateTimeException e) {
            env.problem("TIMEREPORT_TIME_ZONE=" + rawZone + " is invalid: expected a time zone such as "
                    + "Europe/Stockholm or UTC");
        }
        return new TimereportSettings(url, token, timeout, zone);
    }
}
