package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Trims each live stream to what its consumer groups still need, and never further: every entry below the oldest one
 * any group has pending or not yet delivered is acknowledged by every group, and goes. Replaces the gateway's
 * {@code MAXLEN} trimming, which deleted entries nobody had read once consumers fell that far behind.
 */
public final class StreamTrimmer {
    /** Often enough that a stream holds little more than its backlog; each round is one short script per stream. */
    public static final Duration INTERVAL = Duration.ofSeconds(10);

    /*
     * KEYS[1] the stream. Returns the number of entries removed. A stream without a group keeps everything (no
     * consumer has started yet). For each group, what it still needs starts at its oldest pending entry or, when
     * that is later, at its last delivered id (entries after it are undelivered; keeping that one entry is harmless).
     * One script, so no group can be created or read between the reading and the trimming.
     */
    static final String SOURCE = """
            local function older(a, b)
              local am, as = string.match(a, '(%d+)-(%d+)')
              local bm, bs = string.match(b, '(%d+)-(%d+)')
              am, as, bm, bs = tonumber(am), tonumber(as), tonumber(bm), tonumber(bs)
              return am < bm or (am == bm and as < bs)
            end
            if redis.call('EXISTS', KEYS[1]) == 0 then
              return 0
            end
            local groups = redis.call('XINFO', 'GROUPS', KEYS[1])
            if #groups == 0 then
              return 0
            end
            local floor = nil
            for _, g in ipairs(groups) do
              local name, last, pending
              for i = 1, #g, 2 do
                if g[i] == 'name' then name = g[i + 1]
                elseif g[i] == 'last-delivered-id' then last = g[i + 1]
                elseif g[i] == 'pending' then pending = g[i + 1] end
              end
              local need = last
              if pending > 0 then
                local oldest = redis.call('XPENDING', KEYS[1], name)[2]
                if older(oldest, need) then
                  need = oldest
                end
              end
              if floor == nil or older(need, floor) then
                floor = need
              end
            end
            return redis.call('XTRIM', KEYS[1], 'MINID', floor)
            """;

    private final byte[] source = SOURCE.getBytes(StandardCharsets.UTF_8);
    private final RedisCommands<String, String> redis;
    private final Streams streams;
    private final String sha;

    public StreamTrimmer(RedisCommands<String, String> redis, Streams streams) {
        this.redis = redis;
        this.streams = streams;
        this.sha = redis.digest(source);
    }

    /** One round over every stream; Redis errors propagate to the scheduler, which logs them and tries next round. */
    public long trimAll() {
        long removed = 0;
        for (StreamKind kind : streams.kinds()) {
            removed += trim(streams.key(kind));
        }
        return removed;
    }

    long trim(String stream) {
        String[] keys = {stream};
        try {
            Long n = redis.evalsha(sha, ScriptOutputType.INTEGER, keys);
            return n == null ? 0 : n;
        } catch (RedisNoScriptException e) {
            Long n = redis.eval(source, ScriptOutputType.INTEGER, keys);
            return n == null ? 0 : n;
        }
    }
}
