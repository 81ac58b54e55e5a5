package dev.gopherbot.bgtasks;

import dev.gopherbot.bgtasks.channels.ChannelCacheSettings;
import dev.gopherbot.common.config.BotEnv;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.RedisSettings;
import java.time.Clock;
import java.time.Duration;

/**
 * The bgtasks process's own settings, read from the environment in one go (see docs/bgtasks.md for the table); each
 * app reads its own.
 *
 * @param lease      {@code BGTASKS_LEASE}: how long the leader's lease lives without renewal; a standby takes over
 *                   within about 1⅓ of it after the leader dies
 * @param maxBackoff {@code BGTASKS_MAX_BACKOFF}: the longest wait between retries of a failing job
 * @param clock      what "now" is for the apps and calendar jobs' due times (tests move it; interval jobs are timed
 *                   with nanoTime)
 */
public record BgTasksConfig(RedisSettings redis, BotEnv botEnv, Identity identity, Duration lease,
        Duration maxBackoff, ChannelCacheSettings channels, Clock clock) {

    /** Reads every setting, recording problems in {@code env}; the caller runs {@link Env#check()} afterwards. */
    public static BgTasksConfig from(Env env) {
        RedisSettings redis = RedisSettings.from(env);
        BotEnv botEnv = env.choice("BOT_ENV", BotEnv.DEVELOPMENT);
        Identity identity = Identity.from(env);
        Duration lease = env.duration("BGTASKS_LEASE", Duration.ofSeconds(15));
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofMinutes(5)) > 0) {
            env.problem("BGTASKS_LEASE=" + env.raw("BGTASKS_LEASE") + " is invalid: expected between 1s and 5m");
        } else if (lease.dividedBy(3).compareTo(redis.commandTimeout()) < 0) {
            // a renewal must be able to time out and be retried before the lease runs out
            env.problem("BGTASKS_LEASE must be at least three times REDIS_TIMEOUT");
        }
        Duration maxBackoff = env.duration("BGTASKS_MAX_BACKOFF", Duration.ofMinutes(15));
        ChannelCacheSettings channels = ChannelCacheSettings.from(env);
        return new BgTasksConfig(redis, botEnv, identity, lease, maxBackoff, channels, Clock.systemUTC());
    }

    public BgTasksConfig withClock(Clock c) {
        return new BgTasksConfig(redis, botEnv, identity, lease, maxBackoff, channels, c);
    }
}
