package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The streams this consumer reads — every stream of every app it hosts, as the apps declared them — and its
 * consumer group on each: one group per stream, named after the deployment ({@code HEROKU_APP_NAME}), so every
 * consumer process shares the work.
 */
public final class Streams {
    private final Keys keys;
    private final String group;
    private final List<StreamKind> kinds;
    private final List<StreamKind> priority;
    private final Map<String, StreamKind> byKey = new HashMap<>();
    private final Map<StreamKind, String> keyOf = new HashMap<>();

    /**
     * @param kinds    every stream to read
     * @param priority those a person is waiting on: a slash command may have to open a modal within its trigger's
     *                 3 s, a click expects its card updated now. Read first, and read even when every slot is busy
     *                 with the backlog ({@link StreamReader}).
     */
    public Streams(Keys keys, String group, List<StreamKind> kinds, List<StreamKind> priority) {
        this.keys = keys;
        this.group = group;
        List<StreamKind> all = new ArrayList<>(priority);
        kinds.stream().filter(k -> !priority.contains(k)).forEach(all::add);
        this.kinds = List.copyOf(all);
        this.priority = List.copyOf(priority);
        for (StreamKind kind : this.kinds) {
            byKey.put(keys.stream(kind), kind);
            keyOf.put(kind, keys.stream(kind));
        }
    }

    /** Every stream, the priority ones first. */
    public List<StreamKind> kinds() {
        return kinds;
    }

    public List<StreamKind> priority() {
        return priority;
    }

    public String group() {
        return group;
    }

    public Keys keys() {
        return keys;
    }

    public String key(StreamKind kind) {
        return keyOf.get(kind);
    }

    public Optional<StreamKind> kindOf(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Creates the group on every stream (and the stream itself if the gateway has not written one yet). A new group
     * starts at the beginning of the stream: entries the gateway accepted before the first consumer ran are ours
     * too (old ones are dropped by the {@code MAX_EVENT_AGE} rule, not by never reading them).
     */
    public void ensureGroups(RedisCommands<String, String> redis) {
        for (StreamKind kind : kinds) {
            try {
                redis.xgroupCreate(XReadArgs.StreamOffset.from(key(kind), "0-0"), group,
                        XGroupCreateArgs.Builder.mkstream(true));
            } catch (RedisCommandExecutionException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                    throw e;
                }
                // another consumer (or an earlier run) created it
            }
        }
    }

    public XReadArgs.StreamOffset<String>[] newEntries() {
        return newEntries(kinds);
    }

    @SuppressWarnings("unchecked")
    public XReadArgs.StreamOffset<String>[] newEntries(List<StreamKind> kinds) {
        return kinds.stream().map(k -> XReadArgs.StreamOffset.lastConsumed(key(k)))
                .toArray(XReadArgs.StreamOffset[]::new);
    }
}
