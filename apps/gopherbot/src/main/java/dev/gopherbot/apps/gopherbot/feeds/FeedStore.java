package dev.gopherbot.apps.gopherbot.feeds;

import dev.gopherbot.app.job.Fence;
import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * A feed's state in Redis: its cursor and one "announced" marker per item. Both writes are fenced by the bgtasks
 * lease ({@link Fence}), so an instance that lost the lease (paused, partitioned) cannot claim or move anything.
 * Every key carries the lease key's hash tag, so these scripts also run on Redis Cluster.
 */
public final class FeedStore {
    /** The outcome of {@link #claim}. */
    public enum Claim { CLAIMED, ALREADY_ANNOUNCED }

    private static final String CLAIM = """
            if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[2]) then return 1 end
            return 0""";
    private static final String ADVANCE = """
            redis.call('SET', KEYS[2], ARGV[2])
            return 1""";

    private final RedisCommands<String, String> redis;
    private final Fence fence;
    private final String cursorKey;
    private final String markerPrefix;
    private final Duration markerRetention;

    /**
     * @param markerRetention how long an "announced" marker lives: longer than the feed's maximum age, since an item
     *                        older than that is skipped anyway
     */
    public FeedStore(RedisCommands<String, String> redis, Fence fence, Keys keys, String feed,
            Duration markerRetention) {
        this.redis = redis;
        this.fence = fence;
        this.cursorKey = cursorKey(keys, feed);
        this.markerPrefix = markerKey(keys, feed, "");
        this.markerRetention = markerRetention;
    }

    public static String cursorKey(Keys keys, String feed) {
        return keys.of(Fence.HASH_TAG + ":feed:" + feed + ":cursor");
    }

    /** The "announced" marker of one item. */
    public static String markerKey(Keys keys, String feed, String itemId) {
        return keys.of(Fence.HASH_TAG + ":feed:" + feed + ":announced:" + itemId);
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
        long r = fence.eval(redis, CLAIM, new String[] {markerPrefix + itemId},
                Long.toString(markerRetention.toMillis()), Long.toString(System.currentTimeMillis()));
        return r == 1 ? Claim.CLAIMED : Claim.ALREADY_ANNOUNCED;
    }

    /** Undoes a claim whose post certainly failed, so the next poll tries the item again. */
    public void unclaim(String itemId) {
        redis.del(markerPrefix + itemId);
    }

    public void advance(String cursor) {
        fence.eval(redis, ADVANCE, new String[] {cursorKey}, cursor);
    }
}
