package dev.gopherbot.gateway.queue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Appends Slack events to their kind's stream, at most once per event id within {@link #SEEN_TTL}. */
public final class EventQueue {
    /** Slack retries a delivery three times within minutes; an hour covers them with room to spare. */
    public static final Duration SEEN_TTL = Duration.ofHours(1);

    public enum Result { APPENDED, DUPLICATE }

    private final RedisCommands<String, byte[]> commands;
    private final Keys keys;
    private final byte[] maxLen;
    private final byte[] seenTtl = ascii(SEEN_TTL.toSeconds());
    private final DedupAppendScript script;

    /**
     * @param commands the process's shared connection, with String keys and byte[] values so the body is stored
     *                 byte for byte
     * @param maxLen   the approximate length each append trims its stream to
     */
    public EventQueue(RedisCommands<String, byte[]> commands, Keys keys, long maxLen) {
        this.commands = commands;
        this.keys = keys;
        this.maxLen = ascii(maxLen);
        this.script = new DedupAppendScript(commands);
    }

    /** @throws QueueUnavailable when Redis is down, slow beyond the command timeout, or refuses the write */
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
            return script.run(commands, scriptKeys, args) == null ? Result.DUPLICATE : Result.APPENDED;
        } catch (RedisException e) {
            throw new QueueUnavailable("append to " + kind.wireName() + " failed: " + e.getMessage(), e);
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
