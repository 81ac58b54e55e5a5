package dev.gopherbot.consumer.queue;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Claims that succeed only for entries still pending for this consumer, checked and claimed in one server-side step.
 * A plain {@code XCLAIM} with min-idle 0 takes an entry from whoever holds it: a consumer coming back from a backoff
 * would steal an entry a peer had legitimately reclaimed meanwhile, and both would run its handlers.
 */
final class OwnedClaims {
    /*
     * KEYS[1] the stream. ARGV[1] the group, ARGV[2] this consumer, ARGV[3] 1 to count a delivery (a retry) or 0 to
     * only reset the idle time (keeping an in-flight entry), ARGV[4..] entry ids.
     * Returns the ids claimed: those pending for this consumer whose entry still exists.
     */
    static final String SOURCE = """
            local claimed = {}
            for i = 4, #ARGV do
              local id = ARGV[i]
              local p = redis.call('XPENDING', KEYS[1], ARGV[1], id, id, 1, ARGV[2])
              if #p == 1 then
                local r
                if ARGV[3] == '1' then
                  r = redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, id)
                else
                  r = redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, id, 'JUSTID')
                end
                if #r == 1 then
                  claimed[#claimed + 1] = id
                end
              end
            end
            return claimed
            """;

    private final byte[] source = SOURCE.getBytes(StandardCharsets.UTF_8);
    private final RedisCommands<String, String> redis;
    private final String sha;

    OwnedClaims(RedisCommands<String, String> redis) {
        this.redis = redis;
        this.sha = redis.digest(source);
    }

    /** Claims {@code id} again for a retry (Redis's delivery counter goes up); false when it is no longer ours. */
    boolean claimAgain(String stream, String group, String consumer, String id) {
        return !run(stream, group, consumer, true, new String[] {id}).isEmpty();
    }

    /** Resets the idle time of those of {@code ids} still ours, without counting a delivery. */
    List<String> keep(String stream, String group, String consumer, String[] ids) {
        return run(stream, group, consumer, false, ids);
    }

    private List<String> run(String stream, String group, String consumer, boolean delivery,
                                       String[] ids) {
        String[] args = new String[3 + ids.length];
        args[0] = group;
        args[1] = consumer;
        args[2] = delivery ? "1" : "0";
        System.arraycopy(ids, 0, args, 3, ids.length);
        String[] keys = {stream};
        try {
            return redis.evalsha(sha, ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.eval(source, ScriptOutputType.MULTI, keys, args);
        }
    }
}
