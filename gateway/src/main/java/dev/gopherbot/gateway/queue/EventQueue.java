package dev.gopherbot.gateway.queue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appends Slack events to their kind's stream, at most once per event id within {@link #SEEN_TTL}. */
public final class EventQueue {
    private static final Logger log = LoggerFactory.getLogger(EventQueue.class);
    /** Slack retries a delivery three times within minutes; an hour covers them with room to spare. */
    public static final Duration SEEN_TTL = Duration.ofHours(1);

    public enum Result { APPENDED, DUPLICATE }

    private final RedisCommands<String, byte[]> commands;
    private final Keys keys;
    private final byte[] maxLen;
    private final MemoryGuard memory;
    private final byte[] seenTtl = ascii(SEEN_TTL.toSeconds());
    private final DedupAppendScript script;
    private final AtomicLong lastFullLog = new AtomicLong();

    /**
     * @param commands the process's shared connection, with String keys and byte[] values so the body is stored
     *                 byte for byte
     * @param maxLen             the most entries a stream may hold ({@code STREAM_MAXLEN}); past it appends are refused
     * @param memoryLimitPercent {@code REDIS_MEMORY_LIMIT}: past this share of Redis's maxmemory appends are refused
     */
    public EventQueue(RedisCommands<String, byte[]> commands, Keys keys, long maxLen, int memoryLimitPercent) {
        this.commands = commands;
        this.keys = keys;
        this.maxLen = ascii(maxLen);
        this.memory = new MemoryGuard(commands, memoryLimitPercent, System::nanoTime);
        this.script = new DedupAppendScript(commands);
    }

    /**
     * @throws QueueFull        when the stream or Redis's memory is at its limit
     * @throws QueueUnavailable when Redis is down, slow beyond the command timeout, or refuses the write
     */
    public Result append(StreamKind kind, QueuedEvent event) {
        String[] scriptKeys = {keys.stream(kind), keys.seen(kind, event.eventId())};
        byte[][] args = {
            maxLen, seenTtl,
            ascii(EntryFields.EVENT_ID), utf8(event.eventId()),
            ascii(EntryFields.EVENT_TIME), ascii(event.eventTime()),
            ascii(EntryFields.RECEIVED_AT), ascii(event.receivedAtMs()),
            ascii(EntryFields.REQUEST_ID), utf8(event.requestId()),
            ascii(EntryFields.RETRY_NUM), ascii(event.retryNum()),
            ascii(EntryFields.BODY), event.body(),
        };
        try {
            if (memory.full()) {
                throw new QueueFull("Redis memory is past REDIS_MEMORY_LIMIT");
            }
            return script.run(commands, scriptKeys, args) == null ? Result.DUPLICATE : Result.APPENDED;
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("FULL")) {
                full(kind);
                throw new QueueFull(kind.wireName() + " holds STREAM_MAXLEN entries");
            }
            throw new QueueUnavailable("append to " + kind.wireName() + " failed: " + e.getMessage(), e);
        } catch (RedisException e) {
            throw new QueueUnavailable("append to " + kind.wireName() + " failed: " + e.getMessage(), e);
        }
    }

    /** Alerts once a minute per process at most: every refused request is in the request log anyway. */
    private void full(StreamKind kind) {
        long now = System.nanoTime();
        long last = lastFullLog.get();
        if ((last == 0 || now - last > Duration.ofMinutes(1).toNanos()) && lastFullLog.compareAndSet(last, now)) {
            log.atError().addKeyValue("stream", kind.wireName()).addKeyValue("stream_maxlen", new String(maxLen,
                    StandardCharsets.US_ASCII)).log("stream full: answering Slack 503 (it retries) until consumers "
                    + "catch up; add consumers or find out why they are stuck");
        }
    }

    private static byte[] ascii(long n) {
        return Long.toString(n).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
