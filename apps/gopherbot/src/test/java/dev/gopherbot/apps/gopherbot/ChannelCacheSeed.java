package dev.gopherbot.apps.gopherbot;

import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the channel cache the way bgtasks' channel cache job leaves it (the two hashes of {@link ChannelKeys}), from
 * the fake workspace's public, unarchived channels, so handlers can find channels by name.
 */
final class ChannelCacheSeed {
    private ChannelCacheSeed() {
    }

    static void fill(RedisCommands<String, String> redis, Keys keys, Workspace workspace) {
        ChannelKeys cache = ChannelKeys.of(keys);
        Map<String, String> byId = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (Workspace.Channel c : workspace.channels()) {
            if (!c.isIm() && !c.isPrivate() && !c.isArchived()) {
                byId.put(c.id(), c.name());
                byName.put(c.name(), c.id());
            }
        }
        redis.del(cache.byId(), cache.byName());
        redis.hset(cache.byId(), byId);
        redis.hset(cache.byName(), byName);
    }
}
