package dev.gopherbot.consumer;

import dev.gopherbot.common.config.BotEnv;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.RedisSettings;
import java.time.Duration;

/**
 * The consumer's own settings, all from the environment (see docs/consumer.md); each app reads its own.
 *
 * @param concurrency       {@code CONSUMER_CONCURRENCY}: entries handled at once by this process
 * @param maxEventAge       {@code MAX_EVENT_AGE}: events older than this are acknowledged without acting
 * @param visibilityTimeout {@code VISIBILITY_TIMEOUT}: an entry pending this long without its consumer touching it is
 *                          claimed by another consumer
 * @param maxDeliveries     {@code MAX_DELIVERIES}: deliveries before an entry moves to the dead letters
 * @param retryBackoff      {@code RETRY_BACKOFF}: the first retry's delay; it doubles per delivery, up to half the
 *                          visibility timeout
 * @param streamMaxLen      {@code STREAM_MAXLEN}: the gateway's approximate trim length, to warn before a backlog
 *                          reaches it
 * @param lagLogInterval    {@code LAG_LOG_INTERVAL}: how often the lag line is logged
 * @param shutdownGrace     how long SIGTERM waits for in-flight handlers (inside Heroku's 30 s)
 */
public record ConsumerConfig(RedisSettings redis, Identity identity, BotEnv botEnv,
                             int concurrency, Duration maxEventAge, Duration visibilityTimeout, int maxDeliveries,
                             Duration retryBackoff, long streamMaxLen, Duration lagLogInterval,
                             Duration shutdownGrace) {
    public static final int DEFAULT_CONCURRENCY = 16;
    public static final Duration DEFAULT_MAX_EVENT_AGE = Duration.ofMinutes(10);
    public static final Duration DEFAULT_VISIBILITY_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_DELIVERIES = 5;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(1);
    /** Same default as the gateway's {@code STREAM_MAXLEN}. */
    public static final int DEFAULT_STREAM_MAXLEN = 1_000_000;
    public static final Duration DEFAULT_LAG_LOG_INTERVAL = Duration.ofSeconds(60);
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    /** Reads every setting; problems are collected in {@code env} (call {@link Env#check()} afterwards). */
    public static ConsumerConfig from(Env env) {
        RedisSettings redis = RedisSettings.from(env);
        Duration visibility = env.duration("VISIBILITY_TIMEOUT", DEFAULT_VISIBILITY_TIMEOUT);
        if (visibility.compareTo(Duration.ofSeconds(2)) < 0) {
            env.problem("VISIBILITY_TIMEOUT=" + env.raw("VISIBILITY_TIMEOUT") + " is invalid: expected at least 2s");
            visibility = DEFAULT_VISIBILITY_TIMEOUT;
        }
        Duration maxAge = env.duration("MAX_EVENT_AGE", DEFAULT_MAX_EVENT_AGE);
        if (maxAge.isZero() || maxAge.isNegative()) {
            env.problem("MAX_EVENT_AGE=" + env.raw("MAX_EVENT_AGE") + " is invalid: expected a positive duration");
            maxAge = DEFAULT_MAX_EVENT_AGE;
        }
        return new ConsumerConfig(redis, Identity.from(env), env.choice("BOT_ENV", BotEnv.DEVELOPMENT),
                env.integer("CONSUMER_CONCURRENCY", DEFAULT_CONCURRENCY, 1, 256), maxAge, visibility,
                env.integer("MAX_DELIVERIES", DEFAULT_MAX_DELIVERIES, 1, 100),
                env.duration("RETRY_BACKOFF", DEFAULT_RETRY_BACKOFF),
                env.integer("STREAM_MAXLEN", DEFAULT_STREAM_MAXLEN, 1_000, Integer.MAX_VALUE),
                env.duration("LAG_LOG_INTERVAL", DEFAULT_LAG_LOG_INTERVAL), SHUTDOWN_GRACE);
    }

    public boolean shadowMode() {
        return botEnv.shadowMode();
    }
}
