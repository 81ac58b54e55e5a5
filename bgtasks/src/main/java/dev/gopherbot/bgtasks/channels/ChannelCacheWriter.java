package dev.gopherbot.bgtasks.channels;

import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelKeys;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the two channel hashes ({@link ChannelKeys}) equal to a fresh listing, writing only the fields that differ:
 * a workspace of a thousand channels where nothing changed costs two {@code HGETALL}s and two {@code PEXPIRE}s.
 * Readers may briefly see a renamed channel under both names; never under neither.
 */
public final class ChannelCacheWriter {
    /** What one refresh changed, by channel id. */
    public record Changes(int added, int renamed, int removed, int unchanged) {
    }

    private final RedisCommands<String, String> redis;
    private final ChannelKeys keys;
    private final Duration ttl;

    public ChannelCacheWriter(RedisCommands<String, String> redis, ChannelKeys keys, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
    }

    public Changes replaceAll(List<Channel> channels) {
        Map<String, String> wantById = new LinkedHashMap<>();
        Map<String, String> wantByName = new LinkedHashMap<>();
        for (Channel c : channels) {
            String name = Channel.normalizeName(c.name());
            wantById.put(c.id(), name);
            wantByName.put(name, c.id());
        }
        Map<String, String> haveById = redis.hgetall(keys.byId());
        Map<String, String> haveByName = redis.hgetall(keys.byName());

        int added = 0;
        int renamed = 0;
        for (Map.Entry<String, String> e : wantById.entrySet()) {
            String had = haveById.get(e.getKey());
            if (had == null) {
                added++;
            } else if (!had.equals(e.getValue())) {
                renamed++;
            }
        }
        int removed = (int) haveById.keySet().stream().filter(id -> !wantById.containsKey(id)).count();

        // add the new names before removing old ones, so a renamed channel is always findable under one of them
        sync(keys.byId(), haveById, wantById);
        sync(keys.byName(), haveByName, wantByName);
        if (!wantById.isEmpty()) {
            redis.pexpire(keys.byId(), ttl.toMillis());
            redis.pexpire(keys.byName(), ttl.toMillis());
        }
        return new Changes(added, renamed, removed, wantById.size() - added - renamed);
    }

    private void sync(String key, Map<String, String> have, Map<String, String> want) {
        Map<String, String> set = new HashMap<>();
        want.forEach((field, value) -> {
            if (!value.equals(have.get(field))) {
                set.put(field, value);
            }
        });
        List<String> gone = new ArrayList<>();
        for (String field : have.keySet()) {
            if (!want.containsKey(field)) {
                gone.add(field);
            }
        }
        if (!set.isEmpty()) {
            redis.hset(key, set);
        }
        if (!gone.isEmpty()) {
            redis.hdel(key, gone.toArray(String[]::new));
        }
    }
}
