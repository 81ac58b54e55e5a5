package dev.gopherbot.bgtasks.feeds;

import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.bgtasks.leader.LeadershipLost;
import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * A feed's state in Redis: its cursor and one "announced" marker per item. Both writes are Lua scripts that first
 * compare the leader key with our lease token, so an instance that lost the lease (paused, partitioned) cannot claim or
 * move anything. Every key carries the {@code {bgtasks}} hash tag, like the leader key, so these scripts also run on
 * Redis Cluster.
 */
public final class FeedStore {
    /** The outcome of {@link #claim}. */
    public enum Claim { CLAIMED, ALREADY_ANNOUNCED }

    private static final String CLAIM = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
            if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[2]) then return 1 end
            return 0""";
    private static final String ADVANCE = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
            redis.call('SET', KEYS[2], ARGV[2])
            return 1""";

    private final RedisCommands<String, String> redis;
    private final Lease lease;
    private final String cursorKey;
    private final String markerPrefix;
    private final Duration markerRetention;

    /**
     * @param markerRetention how long an "announced" marker lives: longer than the feed's maximum age, since an item
     *                        older than that is skipped anyway
     */
    public FeedStore(RedisCommands<String, String> redis, Lease lease, Keys keys, String feed,
            Duration markerRetention) {
        this.redis = redis;
        this.lease = lease;
        this.cursorKey = cursorKey(keys, feed);
        this.markerPrefix = markerKey(keys, feed, "");
        this.markerRetention = markerRetention;
    }

    public static String cursorKey(Keys keys, String feed) {
        return keys.of("{bgtasks}:feed:" + feed + ":cursor");
    }

    /** The "announced" marker of one item. */
    public static String markerKey(Keys keys, String feed, String itemId) {
        return keys.of("{bgtasks}:feed:" + feed + ":announced:" + itemId);
    }

    /** The stored cursor, or null before the first successful poll. */
    public String cursor() {
        return redis.get(cursorKey);
    }

    /**
     * Marks the item as announced, if it was not already and we still lead. Claiming before posting means a crash
     * between the two loses that one announcement rather than repeating it: we prefer never posting twice.
     */
    public Claim claim(String itemId) {
        long r = eval(CLAIM, markerPrefix + itemId, lease.token(), Long.toString(markerRetention.toMillis()),
                Long.toString(System.currentTimeMillis()));
        return r == 1 ? Claim.CLAIMED : Claim.ALREADY_ANNOUNCED;
    }

    /** Undoes a claim whose post certainly failed, so the next poll tries the item again. */
    public void unclaim(String itemId) {
        redis.del(markerPrefix + itemId);
    }

    public void advance(String cursor) {
        eval(ADVANCE, cursorKey, lease.token(), cursor);
    }

    private long eval(String script, String key, String... args) {
        Long r = redis.eval(script, ScriptOutputType.INTEGER, new String[] {lease.key(), key}, args);
        if (r == null || r < 0) {
            throw new LeadershipLost("the lease is no longer ours; not touching " + key);
        }
        return r;
    }
}
