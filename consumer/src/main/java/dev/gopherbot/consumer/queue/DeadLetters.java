package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dead-letter stream of each kind, {@code <stream>:dead}: entries that failed {@code MAX_DELIVERIES} times, kept
 * with the error, the delivery count and the time, until an operator requeues them. Moving an entry is one script
 * (both keys carry the kind's hash tag), so an entry is never both dead and pending, nor lost between the two.
 */
public final class DeadLetters {
    public static final String ERROR = "dead_error";
    public static final String DELIVERIES = "dead_deliveries";
    public static final String DEAD_AT = "dead_at";
    public static final String ORIGINAL_ID = "dead_original_id";
    public static final String CONSUMER = "dead_consumer";

    /** Acknowledge in the live stream and append to the dead stream; nothing if the entry is no longer ours. */
    private static final String BURY = """
            if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return false end
            local fields = {}
            for i = 4, #ARGV do fields[#fields + 1] = ARGV[i] end
            return redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*', unpack(fields))
            """;

    /** Append the original fields to the live stream again and delete the dead entry. */
    private static final String REQUEUE = """
            local found = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
            if #found == 0 then return false end
            local keep = {}
            for i = 3, #ARGV do keep[ARGV[i]] = true end
            local flat = found[1][2]
            local out = {}
            for i = 1, #flat, 2 do
              if keep[flat[i]] then out[#out + 1] = flat[i]; out[#out + 1] = flat[i + 1] end
            end
            out[#out + 1] = 'requeued_from'; out[#out + 1] = ARGV[1]
            out[#out + 1] = 'requeued_at'; out[#out + 1] = ARGV[2]
            local id = redis.call('XADD', KEYS[2], '*', unpack(out))
            redis.call('XDEL', KEYS[1], ARGV[1])
            return id
            """;

    private static final List<String> ORIGINAL_FIELDS = List.of(EntryFields.EVENT_ID, EntryFields.EVENT_TIME,
            EntryFields.RECEIVED_AT, EntryFields.REQUEST_ID, EntryFields.RETRY_NUM, EntryFields.BODY);

    /** One dead entry as stored. */
    public record DeadLetter(StreamKind kind, String id, Map<String, String> fields) {
        public String error() {
            return fields.getOrDefault(ERROR, "");
        }

        public String eventId() {
            return fields.getOrDefault(EntryFields.EVENT_ID, "");
        }

        public String deliveries() {
            return fields.getOrDefault(DELIVERIES, "");
        }

        public long deadAt() {
            try {
                return Long.parseLong(fields.getOrDefault(DEAD_AT, "0"));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final Clock clock;
    private final long maxLen;

    /**
     * @param maxLen dead letters are kept, but not without bound: each dead stream is trimmed like the live streams
     *               ({@code MAXLEN ~ STREAM_MAXLEN}), oldest first
     */
    public DeadLetters(RedisCommands<String, String> redis, Keys keys, Clock clock, long maxLen) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.maxLen = maxLen;
    }

    /**
     * Moves a pending entry to the dead letters and acknowledges it.
     *
     * @return the dead entry's id, or empty when the entry was no longer pending (another consumer settled it)
     */
    public Optional<String> bury(Delivery d, String group, String consumer, String error) {
        List<String> args = new ArrayList<>(List.of(group, d.id(), Long.toString(maxLen)));
        d.fields().forEach((k, v) -> {
            if (ORIGINAL_FIELDS.contains(k) || k.equals(Delivery.REQUEUED_FROM)) {
                args.add(k);
                args.add(v);
            }
        });
        args.addAll(List.of(ERROR, error, DELIVERIES, Long.toString(d.deliveries()),
                DEAD_AT, Long.toString(clock.millis()), ORIGINAL_ID, d.id(), CONSUMER, consumer));
        String id = redis.eval(BURY, ScriptOutputType.VALUE,
                new String[] {keys.stream(d.kind()), keys.deadLetters(d.kind())}, args.toArray(String[]::new));
        return Optional.ofNullable(id);
    }

    /** The oldest {@code limit} dead letters of a kind. */
    public List<DeadLetter> list(StreamKind kind, int limit) {
        List<DeadLetter> out = new ArrayList<>();
        for (StreamMessage<String, String> m : redis.xrange(keys.deadLetters(kind), Range.create("-", "+"),
                Limit.from(limit))) {
            out.add(new DeadLetter(kind, m.getId(), new LinkedHashMap<>(m.getBody())));
        }
        return out;
    }

    public long count(StreamKind kind) {
        return redis.xlen(keys.deadLetters(kind));
    }

    public Optional<DeadLetter> show(StreamKind kind, String id) {
        List<StreamMessage<String, String>> found = redis.xrange(keys.deadLetters(kind), Range.create(id, id));
        return found.isEmpty() ? Optional.empty()
                : Optional.of(new DeadLetter(kind, id, new LinkedHashMap<>(found.getFirst().getBody())));
    }

    /** Puts a dead letter back on its live stream; returns the new entry id, or empty when there is no such entry. */
    public Optional<String> requeue(StreamKind kind, String id) {
        List<String> args = new ArrayList<>(List.of(id, Long.toString(clock.millis())));
        args.addAll(ORIGINAL_FIELDS);
        String newId = redis.eval(REQUEUE, ScriptOutputType.VALUE,
                new String[] {keys.deadLetters(kind), keys.stream(kind)}, args.toArray(String[]::new));
        return Optional.ofNullable(newId);
    }
}
