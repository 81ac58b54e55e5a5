package dev.gopherbot.gateway;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.RedisSettings;

/**
 * The gateway's own settings, all from the environment; each app's Slack credentials are read separately
 * ({@code host.SlackApp}).
 *
 * @param port         {@code PORT}; 0 picks a free port (tests)
 * @param streamMaxLen {@code STREAM_MAXLEN}: approximate {@code MAXLEN ~} each append trims its stream to; see
 *                     docs/gateway.md for how to size it against the Redis plan's memory
 */
public record GatewayConfig(int port, RedisSettings redis, Identity identity, long streamMaxLen) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_STREAM_MAXLEN = 1_000_000;
    /** Below this, a burst while consumers are down could trim entries nobody has read yet. */
    public static final int MIN_STREAM_MAXLEN = 1_000;

    /** Reads every setting, recording problems in {@code env}; the caller runs {@link Env#check()} afterwards. */
    public static GatewayConfig from(Env env) {
        return new GatewayConfig(
                env.integer("PORT", DEFAULT_PORT, 0, 65_535),
                RedisSettings.from(env),
                Identity.from(env),
                env.integer("STREAM_MAXLEN", DEFAULT_STREAM_MAXLEN, MIN_STREAM_MAXLEN, Integer.MAX_VALUE));
    }
}
