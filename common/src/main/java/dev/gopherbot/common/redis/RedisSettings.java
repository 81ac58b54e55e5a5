package dev.gopherbot.common.redis;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import java.net.URI;
import java.time.Duration;

/**
 * How to reach Redis. The URL is a {@link Secret} because Heroku puts the password in it.
 *
 * @param commandTimeout how long one command may take before the caller treats Redis as unavailable; below 2 s so
 *                       the gateway can still answer Slack 503 inside its budget
 */
public record RedisSettings(Secret url, TlsVerify tlsVerify, Keys keys, Duration commandTimeout) {
    public static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    public static RedisSettings from(Env env) {
        String raw = env.string("REDIS_URL", DEFAULT_URL);
        try {
            URI u = URI.create(raw);
            if (!"redis".equals(u.getScheme()) && !"rediss".equals(u.getScheme()) || u.getHost() == null) {
                env.problem("REDIS_URL is invalid: expected redis://[user:password@]host:port or rediss://…");
            }
        } catch (IllegalArgumentException e) {
            env.problem("REDIS_URL is invalid: expected redis://[user:password@]host:port or rediss://…");
        }
        String prefix = env.string("REDIS_KEY_PREFIX", Keys.DEFAULT_PREFIX);
        return new RedisSettings(new Secret(raw), env.choice("REDIS_TLS_VERIFY", TlsVerify.FULL), new Keys(prefix),
                env.duration("REDIS_TIMEOUT", Duration.ofMillis(1500)));
    }

    public static RedisSettings local(String url, String prefix) {
        return new RedisSettings(new Secret(url), TlsVerify.FULL, new Keys(prefix), Duration.ofMillis(1500));
    }
}
