package dev.gopherbot.consumer.upgrade;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams of the release before apps, {@code ${prefix}stream:{<kind>}}: there was one bot, so its streams carried
 * no app name. When a deployment of one app starts, the work still in them — entries the group had not acknowledged,
 * and the dead letters — moves to the app's own streams, so an upgrade loses nothing Slack was told was accepted.
 * Entries the group had acknowledged stay behind and go with the old stream.
 *
 * <p>Each entry moves in one script (append to the new stream, delete from the old), so a consumer dying half way
 * leaves every entry in exactly one of the two, and the next start goes on. One consumer moves at a time (a lock).
 * What the old release had done of a pending entry's handlers is not known here (its effect markers were keyed by the
 * old streams), so such an entry's handlers run again: at most the few entries in flight at the upgrade.
 */
public final class StreamsBeforeApps {
    private static final Logger log = LoggerFactory.getLogger(StreamsBeforeApps.class);
    private static final int BATCH = 500;
    private static final Duration LOCK = Duration.ofMinutes(2);
    private static final String MOVE = """
            local fields = {}
            for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
            redis.call('XADD', KEYS[2], '*', unpack(fields))
            return redis.call('XDEL', KEYS[1], ARGV[1])
            """;

    private StreamsBeforeApps() {
    }

    /**
     * Moves what is left in the old streams of {@code kinds} (one app's) into theirs.
     *
     * @param group    the consumer group the old release read with (the same {@code HEROKU_APP_NAME})
     * @param instance written into the lock, for operators
     * @return how many entries moved (0 when there was nothing from before, the usual case)
     */
    public static int adopt(RedisCommands<String, String> redis, Keys keys, String group, String instance,
                            List<StreamKind> kinds) {
        List<String> old = new ArrayList<>();
        kinds.forEach(k -> old.addAll(List.of(before(keys, k), before(keys, k) + ":dead")));
        if (redis.exists(old.toArray(String[]::new)) == 0) {
            return 0;
        }
        String lock = keys.of("upgrade:streams-before-apps");
        if (!"OK".equals(redis.set(lock, instance, SetArgs.Builder.nx().px(LOCK.toMillis())))) {
            log.info("another consumer is moving the streams of the release before apps");
            return 0;
        }
        try {
            int moved = 0;
            for (StreamKind kind : kinds) {
                String from = before(keys, kind);
                if (redis.exists(from) > 0) {
                    moved += move(redis, from, keys.stream(kind), unacknowledged(redis, from, group));
                }
                if (redis.exists(from + ":dead") > 0) {
                    moved += move(redis, from + ":dead", keys.deadLetters(kind), id -> true);
                }
                redis.del(from, from + ":dead");
            }
            log.atInfo().addKeyValue("moved", moved).log("moved the work left in the streams of the release "
                    + "before apps into the app's streams");
            return moved;
        } finally {
            redis.del(lock);
        }
    }

    /** {@code ${prefix}stream:{<kind>}}, as the release before apps named it. */
    static String before(Keys keys, StreamKind kind) {
        return keys.of("stream:{" + kind.name() + "}");
    }

    /** Entries the group still owes work for: pending (delivered, not acknowledged) or never delivered. */
    private static Predicate<String> unacknowledged(RedisCommands<String, String> redis,
                                                                       String stream, String group) {
        String lastDelivered = null;
        for (Object info : redis.xinfoGroups(stream)) {
            List<?> fields = (List<?>) info;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("name".equals(String.valueOf(fields.get(i))) && group.equals(String.valueOf(fields.get(i + 1)))) {
                    lastDelivered = valueOf(fields, "last-delivered-id");
                }
            }
        }
        if (lastDelivered == null) {
            return id -> true; // the group never read this stream: everything in it is still owed
        }
        Set<String> pending = new HashSet<>();
        for (PendingMessage p : redis.xpending(stream, group, Range.create("-", "+"), Limit.from(Integer.MAX_VALUE))) {
            pending.add(p.getId());
        }
        String last = lastDelivered;
        return id -> pending.contains(id) || compare(id, last) > 0;
    }

    private static int move(RedisCommands<String, String> redis, String from, String to,
                            Predicate<String> owed) {
        int moved = 0;
        String cursor = "-";
        while (true) {
            List<StreamMessage<String, String>> batch = redis.xrange(from, Range.create(cursor, "+"),
                    Limit.from(BATCH));
            for (StreamMessage<String, String> m : batch) {
                if (owed.test(m.getId())) {
                    List<String> args = new ArrayList<>(List.of(m.getId()));
                    for (Map.Entry<String, String> f : m.getBody().entrySet()) {
                        args.add(f.getKey());
                        args.add(f.getValue());
                    }
                    redis.eval(MOVE, ScriptOutputType.INTEGER, new String[] {from, to}, args.toArray(String[]::new));
                    moved++;
                }
            }
            if (batch.size() < BATCH) {
                return moved;
            }
            cursor = "(" + batch.getLast().getId();
        }
    }

    private static String valueOf(List<?> fields, String name) {
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if (name.equals(String.valueOf(fields.get(i)))) {
                return String.valueOf(fields.get(i + 1));
            }
        }
        return null;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int c = Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
        return c != 0 ? c : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }
}
