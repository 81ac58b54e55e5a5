package dev.gopherbot.app.job;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The leader's lease as a write fence: {@link #eval} runs a Lua script only while the lease key still holds this
 * process's token, in one atomic step, so a leader that was paused or partitioned and lost its lease can never write
 * after its successor started. Keys passed to it must carry the lease key's hash tag ({@link #HASH_TAG}) so the
 * script touches one Redis Cluster slot.
 *
 * @param key   the lease key
 * @param token this process's value in it
 */
public record Fence(String key, String token) {
    /** The hash tag of the lease key; put it in every key a fenced script writes. */
    public static final String HASH_TAG = "{bgtasks}";

    /**
     * Runs {@code script} with {@code KEYS[1]} = the lease key, then {@code keys}, and {@code ARGV[1]} = the token,
     * then {@code args}. The script starts by comparing them; this method adds that check, so {@code script} is
     * only the body, which must return an integer.
     *
     * @throws LeadershipLost when the lease is no longer ours (nothing was written)
     */
    public long eval(RedisCommands<String, String> redis, String script, String[] keys, String... args) {
        String fenced = "if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end\n" + script;
        String[] allKeys = new String[keys.length + 1];
        allKeys[0] = key;
        System.arraycopy(keys, 0, allKeys, 1, keys.length);
        String[] allArgs = new String[args.length + 1];
        allArgs[0] = token;
        System.arraycopy(args, 0, allArgs, 1, args.length);
        Long r = redis.eval(fenced, ScriptOutputType.INTEGER, allKeys, allArgs);
        if (r == null || r < 0) {
            throw new LeadershipLost("the lease is no longer ours; not touching " + String.join(", ", keys));
        }
        return r;
    }
}
