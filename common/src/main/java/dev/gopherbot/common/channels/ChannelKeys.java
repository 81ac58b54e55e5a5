package dev.gopherbot.common.channels;

import dev.gopherbot.common.redis.Keys;

/**
 * Where the channel cache lives in Redis: two hashes written by bgtasks and read by everyone. Each has a TTL of a few
 * days that bgtasks renews on every refresh, so a cache nobody refreshes any more disappears instead of going stale.
 *
 * @param byId   hash {@code channel id -> name}
 * @param byName hash {@code name -> channel id}
 */
public record ChannelKeys(String byId, String byName) {
    public static ChannelKeys of(Keys keys) {
        return new ChannelKeys(keys.of("channels:by-id"), keys.of("channels:by-name"));
    }
}
