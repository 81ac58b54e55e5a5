package dev.gopherbot.common.channels;

import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Optional;

/**
 * The channel cache as bgtasks writes it (see {@link ChannelKeys}): one {@code HGET} per lookup on the process's shared
 * connection. A Redis failure surfaces as Lettuce's {@code RedisException}, for the caller's loop to retry.
 */
public final class RedisChannelDirectory implements ChannelDirectory {
    private final RedisCommands<String, String> redis;
    private final ChannelKeys keys;

    public RedisChannelDirectory(StatefulRedisConnection<String, String> connection, Keys keys) {
        this(connection.sync(), keys);
    }

    public RedisChannelDirectory(RedisCommands<String, String> redis, Keys keys) {
        this.redis = redis;
        this.keys = ChannelKeys.of(keys);
    }

    @Override
    public Optional<Channel> byName(String name) {
        String normalized = Channel.normalizeName(name);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.hget(keys.byName(), normalized)).map(id -> new Channel(id, normalized));
    }

    @Override
    public Optional<Channel> byId(String id) {
        String trimmed = id.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.hget(keys.byId(), trimmed)).map(name -> new Channel(trimmed, name));
    }
}
