package dev.gopherbot.gateway.queue;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;

/**
 * Deduplication and append in one atomic server-side step, so a Slack retry that races a slow first attempt is never
 * stored twice. Sent as EVALSHA (one round trip, the script travels once); after a Redis restart or failover the
 * script cache is empty, and the NOSCRIPT reply falls back to EVAL, which caches it again.
 */
final class DedupAppendScript {
    /*
     * KEYS[1] the stream, KEYS[2] the event's seen key; both carry the kind's {hash tag}, so one Cluster slot.
     * ARGV[1] the most entries the stream may hold, ARGV[2] seen-key TTL in seconds, ARGV[3..] entry field/value
     * pairs. Returns the new entry id, or false (nil) when the event was stored before; a FULL error when the stream
     * holds ARGV[1] entries (a retry of a stored event is still recognised as a duplicate).
     *
     * No MAXLEN: trimming an append-only stream by length deletes entries no consumer has read once consumers fall
     * that far behind. The consumer trims by MINID below what every group still needs; a full stream refuses new
     * work (the gateway answers 503 and Slack retries) instead of dropping accepted work.
     *
     * XADD comes before SET: Redis does not roll a script back when a command fails, so the seen key is written only
     * after the append succeeded. Had SET come first, a failing XADD (out of memory, a wrong key type) would leave
     * the event marked seen and Slack's retry would be dropped as a duplicate: an event lost.
     */
    static final String SOURCE = """
            if redis.call('EXISTS', KEYS[2]) == 1 then
              return false
            end
            if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then
              return redis.error_reply('FULL the stream holds ' .. ARGV[1] .. ' entries')
            end
            local id = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 3))
            redis.call('SET', KEYS[2], id, 'NX', 'EX', ARGV[2])
            return id
            """;

    private final byte[] source = SOURCE.getBytes(StandardCharsets.UTF_8);
    private final String sha;

    DedupAppendScript(RedisCommands<String, byte[]> commands) {
        this.sha = commands.digest(source); // computed locally, no round trip
    }

    /** @return the new entry id, or null when the event was already stored */
    byte[] run(RedisCommands<String, byte[]> commands, String[] keys, byte[][] args) {
        try {
            return commands.evalsha(sha, ScriptOutputType.VALUE, keys, args);
        } catch (RedisNoScriptException e) {
            return commands.eval(source, ScriptOutputType.VALUE, keys, args);
        }
    }
}
