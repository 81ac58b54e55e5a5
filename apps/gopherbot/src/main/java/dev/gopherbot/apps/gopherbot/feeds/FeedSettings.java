package dev.gopherbot.apps.gopherbot.feeds;

import dev.gopherbot.common.config.Env;
import java.time.Duration;
import java.util.Locale;

/**
 * What every feed has: where it announces, how often it polls, and how old an item may be and still be announced.
 *
 * @param name     the feed's name, also the prefix of its settings ({@code GERRIT_…}) and part of its Redis keys
 * @param channel  a channel name ({@code golang-cls} or {@code #golang-cls}) or id ({@code C…}); null disables the feed
 * @param interval time between polls
 * @param maxAge   items published longer ago than this are skipped (after downtime, or a lost cursor)
 */
public record FeedSettings(String name, String channel, Duration interval, Duration maxAge) {
    public boolean enabled() {
        return channel != null;
    }

    /** Reads {@code <NAME>_CHANNEL}, {@code <NAME>_INTERVAL} and {@code <NAME>_MAX_AGE}. */
    public static FeedSettings from(Env env, String name, Duration defaultInterval, Duration defaultMaxAge) {
        String prefix = name.toUpperCase(Locale.ROOT) + "_";
        Duration interval = env.duration(prefix + "INTERVAL", defaultInterval);
        Duration maxAge = env.duration(prefix + "MAX_AGE", defaultMaxAge);
        if (interval.toMillis() < 100) {
            env.problem(prefix + "INTERVAL=" + env.raw(prefix + "INTERVAL") + " is invalid: expected at least 100ms");
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            env.problem(prefix + "MAX_AGE=" + env.raw(prefix + "MAX_AGE")
                    + " is invalid: expected a positive duration");
        }
        return new FeedSettings(name, env.raw(prefix + "CHANNEL"), interval, maxAge);
    }
}
