package dev.gopherbot.common.web;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of the gateway's web pages, shared by the process that mints sign-in links (the consumer) and the one
 * that checks them (the gateway). See docs/web.md.
 *
 * @param sessionKey {@code WEB_SESSION_KEY}: signs links and session cookies; both processes need the same value
 * @param publicUrl  {@code PUBLIC_URL}: the site's base URL as browsers reach it, without a trailing slash
 * @param linkTtl    {@code WEB_LINK_TTL}: how long a minted link stays valid by default
 * @param sessionTtl {@code WEB_SESSION_TTL}: how long a session cookie stays valid
 */
public record WebSettings(Secret sessionKey, URI publicUrl, Duration linkTtl, Duration sessionTtl) {
    public static final String SESSION_KEY = "WEB_SESSION_KEY";
    public static final String PUBLIC_URL = "PUBLIC_URL";
    public static final String LINK_TTL = "WEB_LINK_TTL";
    public static final String SESSION_TTL = "WEB_SESSION_TTL";
    /** 32 characters of a random key are well over HMAC-SHA256's 256 bits of strength in base64 or hex. */
    public static final int MIN_KEY_LENGTH = 32;
    public static final Duration DEFAULT_LINK_TTL = Duration.ofMinutes(10);
    /** A link travels through Slack and browser history: it must not stay useful for long. */
    public static final Duration MAX_LINK_TTL = Duration.ofHours(1);
    public static final Duration DEFAULT_SESSION_TTL = Duration.ofHours(12);
    public static final Duration MAX_SESSION_TTL = Duration.ofDays(30);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    /**
     * The settings when {@code WEB_SESSION_KEY} or {@code PUBLIC_URL} is set, empty when neither is (no web pages).
     * A half-configured site is a problem recorded in {@code env}, as {@link #require} does.
     */
    public static Optional<WebSettings> from(Env env) {
        if (env.raw(SESSION_KEY) == null && env.raw(PUBLIC_URL) == null) {
            return Optional.empty();
        }
        return Optional.of(require(env));
    }

    /** For a process that serves or links to pages: every missing or invalid setting is recorded in {@code env}. */
    public static WebSettings require(Env env) {
        String key = env.raw(SESSION_KEY);
        if (key == null) {
            env.problem(SESSION_KEY + " is required for web pages but not set (at least " + MIN_KEY_LENGTH
                    + " random characters, e.g. from `openssl rand -base64 48`)");
        } else if (key.length() < MIN_KEY_LENGTH) {
            env.problem(SESSION_KEY + " is too short: at least " + MIN_KEY_LENGTH + " characters are required");
        }
        return new WebSettings(new Secret(key == null ? "" : key), publicUrl(env),
                ttl(env, LINK_TTL, DEFAULT_LINK_TTL, MAX_LINK_TTL),
                ttl(env, SESSION_TTL, DEFAULT_SESSION_TTL, MAX_SESSION_TTL));
    }

    /** {@code Secure} cookies everywhere but on http://localhost, where browsers would not send them back. */
    public boolean secureCookies() {
        return !"http".equals(publicUrl.getScheme());
    }

    private static URI publicUrl(Env env) {
        String raw = env.raw(PUBLIC_URL);
        URI fallback = URI.create("https://unset.invalid");
        if (raw == null) {
            env.problem(PUBLIC_URL + " is required for web pages but not set (the site's base URL, e.g."
                    + " https://myapp.herokuapp.com)");
            return fallback;
        }
        String trimmed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        try {
            URI url = new URI(trimmed);
            boolean https = "https".equals(url.getScheme());
            boolean localHttp = "http".equals(url.getScheme()) && LOCAL_HOSTS.contains(url.getHost());
            if ((https || localHttp) && url.getHost() != null && url.getRawUserInfo() == null
                    && url.getRawPath().isEmpty() && url.getRawQuery() == null && url.getRawFragment() == null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        // the value is not echoed: a URL may carry credentials
        env.problem(PUBLIC_URL + " is invalid: expected the site's base URL without a path, such as"
                + " https://myapp.herokuapp.com (http:// only for localhost)");
        return fallback;
    }

    private static Duration ttl(Env env, String name, Duration defaultValue, Duration max) {
        Duration ttl = env.duration(name, defaultValue);
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(max) > 0) {
            env.problem(name + "=" + env.raw(name) + " is invalid: expected a duration between 1s and " + human(max));
            return defaultValue;
        }
        return ttl;
    }

    private static String human(Duration d) {
        return d.toDays() > 0 ? d.toDays() + "d" : d.toHours() + "h";
    }
}
