package dev.gopherbot.bench.process;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;

/**
 * How far a consumer group is through a stream, from {@code XINFO GROUPS}.
 *
 * @param read    entries delivered to the group's consumers ({@code entries-read}, Redis 7)
 * @param pending delivered but not yet acknowledged
 */
public record GroupProgress(long read, long pending) {
    public static GroupProgress of(RedisCommands<String, String> redis, String stream, String group) {
        for (Object info : redis.xinfoGroups(stream)) {
            if (!(info instanceof List<?> fields)) {
                continue;
            }
            String name = null;
            long read = 0;
            long pending = 0;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                Object value = fields.get(i + 1);
                switch (String.valueOf(fields.get(i))) {
                    case "name" -> name = String.valueOf(value);
                    case "entries-read" -> read = value instanceof Number n ? n.longValue() : 0;
                    case "pending" -> pending = value instanceof Number n ? n.longValue() : 0;
                    default -> { }
                }
            }
            if (group.equals(name)) {
                return new GroupProgress(read, pending);
            }
        }
        return new GroupProgress(0, 0); // no consumer has created the group yet
    }

    /** Every one of {@code entries} delivered and acknowledged. */
    public boolean done(long entries) {
        return read >= entries && pending == 0;
    }
}
