package dev.gopherbot.bgtasks.channels;

import dev.gopherbot.common.config.Env;
import java.time.Duration;

/**
 * {@code CHANNEL_REFRESH_INTERVAL} (default 10m) and {@code CHANNEL_CACHE_TTL} (default 3d: long enough to survive a
 * weekend without bgtasks, short enough that an abandoned cache disappears).
 */
public record ChannelCacheSettings(Duration refreshInterval, Duration ttl) {
    public static ChannelCacheSettings from(Env env) {
        Duration interval = env.duration("CHANNEL_REFRESH_INTERVAL", Duration.ofMinutes(10));
        Duration ttl = env.duration("CHANNEL_CACHE_TTL", Duration.ofDays(3));
        if (interval.toMillis() < 100) {
            env.problem("CHANNEL_REFRESH_INTERVAL=" + env.raw("CHANNEL_REFRESH_INTERVAL")
                    + " is invalid: expected at least 100ms");
        }
        if (ttl.compareTo(interval.multipliedBy(2)) < 0) {
            env.problem("CHANNEL_CACHE_TTL is invalid: expected at least twice CHANNEL_REFRESH_INTERVAL");
        }
        return new ChannelCacheSettings(interval, ttl);
    }
}
