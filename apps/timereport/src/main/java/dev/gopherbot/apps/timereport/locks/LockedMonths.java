package dev.gopherbot.apps.timereport.locks;

import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which months each person has locked, as a Redis set per user ({@code <prefix>timereport:locked:<user>} of
 * {@code YYYY-MM}), so the gateway can refuse a change to a locked month inside Slack's 3 s with one Redis round trip
 * and no call to the time-report API.
 *
 * <p>The API is the authority: it refuses changes to a locked month itself (423), whatever this cache says. The
 * consumer writes the cache whenever it hears from the API: a lock it delivered, a 423, and the {@code locked} flag of
 * every month it lists (which also clears a month an administrator unlocked in the API).
 */
public final class LockedMonths {
    private final RedisCommands<String, String> redis;
    private final Keys keys;

    public LockedMonths(RedisCommands<String, String> redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** Those of {@code months} that {@code user} has locked, in the given order. */
    public Set<YearMonth> lockedOf(String user, Set<YearMonth> months) {
        Set<String> locked = redis.smembers(key(user));
        Set<YearMonth> found = new LinkedHashSet<>();
        for (YearMonth month : months) {
            if (locked.contains(month.toString())) {
                found.add(month);
            }
        }
        return found;
    }

    public void lock(String user, YearMonth month) {
        redis.sadd(key(user), month.toString());
    }

    /** Records what the API said about a month. */
    public void record(String user, YearMonth month, boolean locked) {
        if (locked) {
            redis.sadd(key(user), month.toString());
        } else {
            redis.srem(key(user), month.toString());
        }
    }

    private String key(String user) {
        return keys.of("locked:" + user);
    }
}
