package dev.gopherbot.bgtasks.leader;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * One process's claim on the leader key: {@code SET key token NX PX lease}. Renewal and release compare the token
 * first (in one Lua script each), so a process whose lease expired can never extend or delete its successor's.
 * The scripts are sent with EVAL each time: they are tiny and run a few times per lease, not worth a SHA cache.
 */
public final class Lease {
    private static final String RENEW = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return 0""";
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0""";
    private static final String REMAINING = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('PTTL', KEYS[1])
            end
            return -3""";

    private final RedisCommands<String, String> redis;
    private final String key;
    private final String token;
    private final Duration duration;

    public Lease(RedisCommands<String, String> redis, String key, String token, Duration duration) {
        this.redis = redis;
        this.key = key;
        this.token = token;
        this.duration = duration;
    }

    public String key() {
        return key;
    }

    /** The random value this process writes into the key; scripts that must run only on the leader compare it. */
    public String token() {
        return token;
    }

    public Duration duration() {
        return duration;
    }

    /** True when the key was free and is now ours. */
    public boolean tryAcquire() {
        return "OK".equals(redis.set(key, token, SetArgs.Builder.nx().px(duration.toMillis())));
    }

    /** True when the key was still ours and now lives for another full lease. */
    public boolean renew() {
        Long r = redis.eval(RENEW, ScriptOutputType.INTEGER, new String[] {key}, token,
                Long.toString(duration.toMillis()));
        return r != null && r == 1L;
    }

    /** Deletes the key if it is still ours, so a standby need not wait for it to expire. */
    public boolean release() {
        Long r = redis.eval(RELEASE, ScriptOutputType.INTEGER, new String[] {key}, token);
        return r != null && r == 1L;
    }

    /** Milliseconds left on our lease according to Redis, or a negative number when it is not ours. */
    public long remainingMillis() {
        Long r = redis.eval(REMAINING, ScriptOutputType.INTEGER, new String[] {key}, token);
        return r == null ? -3 : r;
    }
}
