package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The streams this consumer reads and its consumer group on each: one group per stream, named after the app
 * ({@code HEROKU_APP_NAME}), so every consumer process of the app shares the work.
 */
public final class Streams {
    /**
     * Streams a person is waiting on: a slash command may have to open a modal within its trigger's 3 s, a click
     * expects its card updated now. Read first, and read even when every slot is busy with the backlog
     * ({@link StreamReader}).
     */
    public static final List<StreamKind> PRIORITY = List.of(StreamKind.COMMAND, StreamKind.INTERACTION);
    /** The kinds with handlers, the priority kinds first. */
    public static final List<StreamKind> KINDS = List.of(StreamKind.COMMAND, StreamKind.INTERACTION,
            StreamKind.MESSAGE_PUBLIC, StreamKind.MESSAGE_PRIVATE, StreamKind.TEAM_JOIN,
            StreamKind.MEMBER_JOINED_CHANNEL);

    private final Keys keys;
    private final String group;
    private final Map<String, StreamKind> byKey = new java.util.HashMap<>();
    private final Map<StreamKind, String> keyOf = new EnumMap<>(StreamKind.class);

    public Streams(Keys keys, String group) {
        this.keys = keys;
        this.group = group;
        for (StreamKind kind : KINDS) {
            byKey.put(keys.stream(kind), kind);
            keyOf.put(kind, keys.stream(kind));
        }
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
        for (StreamKind kind : KINDS) {
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
        return newEntries(KINDS);
    }

    @SuppressWarnings("unchecked")
    public XReadArgs.StreamOffset<String>[] newEntries(List<StreamKind> kinds) {
        return kinds.stream().map(k -> XReadArgs.StreamOffset.lastConsumed(key(k)))
                .toArray(XReadArgs.StreamOffset[]::new);
    }
}
