package dev.gopherbot.bgtasks.jobs;

import dev.gopherbot.app.job.LeadershipLost;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The state of the calendar jobs in Redis: one hash per job, {@code ${prefix}{bgtasks}:schedule:<job>}, holding the
 * last completed due time and the due time claimed by the run in progress. Every write is a Lua script that first
 * compares the leader key with our lease token, as {@code FeedStore}'s do, so an instance that lost the lease (paused,
 * partitioned) can neither claim nor complete; the keys share the leader key's {@code {bgtasks}} hash tag.
 *
 * <p>Due times are written as fixed-width UTC text ({@code 2024-06-01T06:00:00.000Z}): readable in {@code HGETALL},
 * and string order is time order, which the scripts compare.
 */
public final class ScheduleStore {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Returns 0 when the due time (or a later one) is completed, else the attempt number of this claim. */
    private static final String CLAIM = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
            local completed = redis.call('HGET', KEYS[2], 'completed')
            if completed and completed >= ARGV[2] then return 0 end
            local attempts = 1
            if redis.call('HGET', KEYS[2], 'claimed') == ARGV[2] then
              attempts = tonumber(redis.call('HGET', KEYS[2], 'attempts') or '0') + 1
            end
            redis.call('HSET', KEYS[2], 'claimed', ARGV[2], 'claimed_by', ARGV[1], 'claimed_at', ARGV[4],
              'attempts', attempts)
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return attempts""";
    private static final String COMPLETE = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
            local completed = redis.call('HGET', KEYS[2], 'completed')
            if completed and completed >= ARGV[2] then return 0 end
            redis.call('HSET', KEYS[2], 'completed', ARGV[2], 'completed_by', ARGV[1], 'completed_at', ARGV[4])
            redis.call('HDEL', KEYS[2], 'claimed', 'claimed_by', 'claimed_at', 'attempts')
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return 1""";
    private static final String CLAIM_EFFECT = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
            if redis.call('SET', KEYS[2], ARGV[4], 'NX', 'PX', ARGV[3]) then return 1 end
            return 0""";

    private final RedisCommands<String, String> redis;
    private final Lease lease;
    private final Keys keys;
    private final Clock clock;

    public ScheduleStore(RedisCommands<String, String> redis, Lease lease, Keys keys, Clock clock) {
        this.redis = redis;
        this.lease = lease;
        this.keys = keys;
        this.clock = clock;
    }

    public static String key(Keys keys, String job) {
        return keys.of("{bgtasks}:schedule:" + job);
    }

    public static String effectKey(Keys keys, String job, Instant due, String effect) {
        return key(keys, job) + ":effect:" + DUE.format(due) + ":" + effect;
    }

    /**
     * Claims {@code due} for a run by us. Returns 0 when it is already completed (by anyone: do not run), else the
     * attempt number, above 1 when an earlier claim of the same due time never completed (a crash, a failure).
     */
    long claim(CalendarJob job, Instant due) {
        return eval(CLAIM, key(keys, job.name()), due, job);
    }

    /** Marks {@code due} completed: from now on no leader runs it (or anything earlier) again. */
    void complete(CalendarJob job, Instant due) {
        eval(COMPLETE, key(keys, job.name()), due, job);
    }

    /**
     * The effect-marker pattern: true the first time it is asked for this job, due time and effect, false ever after,
     * so a run repeated after a crash skips the effects that already happened. Ask right before the effect: a crash
     * between the two loses that one effect rather than repeating it.
     */
    public boolean claimEffect(CalendarJob job, Instant due, String effect) {
        return eval(CLAIM_EFFECT, effectKey(keys, job.name(), due, effect), due, job) == 1;
    }

    /** The last completed due time of a job, for operators and tests. */
    public Optional<Instant> completed(String job) {
        return Optional.ofNullable(redis.hget(key(keys, job), "completed")).map(Instant::parse);
    }

    private long eval(String script, String key, Instant due, CalendarJob job) {
        Long r = redis.eval(script, ScriptOutputType.INTEGER, new String[] {lease.key(), key}, lease.token(),
                DUE.format(due), Long.toString(retention(job, due).toMillis()), DUE.format(clock.instant()));
        if (r == null || r < 0) {
            throw new LeadershipLost("the lease is no longer ours; not touching " + key);
        }
        return r;
    }

    /**
     * Two periods and a day: by the time the state expires, a later due time is the latest one, so its loss changes
     * nothing; a job removed from the list leaves nothing behind for long.
     */
    static Duration retention(CalendarJob job, Instant due) {
        Duration period = Duration.between(due, job.schedule().nextDueAfter(due));
        return period.multipliedBy(2).plus(Duration.ofDays(1));
    }
}
