package dev.gopherbot.gateway;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.RedisSettings;

/**
 * The gateway's own settings, all from the environment; each app's Slack credentials are read separately
 * ({@code host.SlackApp}).
 *
 * @param port         {@code PORT}; 0 picks a free port (tests)
 * @param streamMaxLen {@code STREAM_MAXLEN}: the most entries a stream may hold; past it the gateway answers 503
 *                     (Slack retries) instead of dropping anything; see docs/gateway.md
 * @param memoryLimitPercent {@code REDIS_MEMORY_LIMIT}: past this share of Redis's {@code maxmemory}, likewise 503
 */
public record GatewayConfig(int port, RedisSettings redis, Identity identity, long streamMaxLen,
                            int memoryLimitPercent) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_STREAM_MAXLEN = 1_000_000;
    /** Below this, a short consumer outage would turn Slack away. */
    public static final int MIN_STREAM_MAXLEN = 1_000;
    public static final int DEFAULT_MEMORY_LIMIT_PERCENT = 90;

    /** Reads every setting, recording problems in {@code env}; the caller runs {@link Env#check()} afterwards. */
    public static GatewayConfig from(Env env) {
        return new GatewayConfig(
                env.integer("PORT", DEFAULT_PORT, 0, 65_535),
                RedisSettings.from(env),
                Identity.from(env),
                env.integer("STREAM_MAXLEN", DEFAULT_STREAM_MAXLEN, MIN_STREAM_MAXLEN, Integer.MAX_VALUE),
                env.integer("REDIS_MEMORY_LIMIT", DEFAULT_MEMORY_LIMIT_PERCENT, 1, 100));
    }
}
