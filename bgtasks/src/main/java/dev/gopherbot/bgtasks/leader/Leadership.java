package dev.gopherbot.bgtasks.leader;

import dev.gopherbot.app.job.LeadershipLost;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Competes for the {@link Lease} on its own thread: a standby tries to acquire it every third of the lease, the
 * leader renews it as often, so two renewals can fail before it expires. {@link #isLeader()} is a local answer (cheap,
 * for scheduling); {@link #ensureHeld()} asks Redis (for the moment before a side effect).
 *
 * <p>Why a lease and not a lock without expiry: a leader killed with SIGKILL (a crashed dyno) never releases; its lease
 * simply runs out and a standby takes over within one lease plus one attempt interval.
 */
public final class Leadership implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Leadership.class);

    private final Lease lease;
    private final RedisCommands<String, String> redis;
    private final String heartbeatKey;
    private final String instance;
    private volatile Runnable onChange = () -> { };
    private final long leaseNanos;
    private final long attemptEveryNanos;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;

    private volatile boolean leading;
    private volatile long validUntilNanos;
    private volatile long term;
    private boolean redisFailing;

    /**
     * @param heartbeatKey written every attempt with {@code leader} or {@code standby}, expiring after two leases,
     *                     so an operator (or a test) sees which instances are alive and which one leads
     */
    public Leadership(Lease lease, RedisCommands<String, String> redis, String heartbeatKey, String instance) {
        this.lease = lease;
        this.redis = redis;
        this.heartbeatKey = heartbeatKey;
        this.instance = instance;
        this.leaseNanos = lease.duration().toNanos();
        this.attemptEveryNanos = leaseNanos / 3;
        this.thread = Thread.ofPlatform().name("bgtasks-leadership").daemon().unstarted(this::loop);
    }

    /**
     * Starts competing at once.
     *
     * @param onChange called on the leadership thread whenever this process gains or loses the lease
     */
    public void start(Runnable onChange) {
        this.onChange = onChange;
        thread.start();
    }

    /** True while this process holds the lease as far as it knows: it renewed it less than one lease ago. */
    public boolean isLeader() {
        return leading && System.nanoTime() - validUntilNanos < 0;
    }

    /** Increases each time this process becomes leader, so a scheduler can tell a new term from a continued one. */
    public long term() {
        return term;
    }

    public Lease lease() {
        return lease;
    }

    /** Asks Redis whether the lease is still ours; throws {@link LeadershipLost} when it is not. */
    public void ensureHeld() {
        if (!isLeader() || lease.remainingMillis() <= 0) {
            throw new LeadershipLost("instance " + instance + " no longer holds the lease");
        }
    }

    private void loop() {
        while (closing.getCount() > 0) {
            attempt();
            try {
                if (closing.await(attemptEveryNanos, TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void attempt() {
        long started = System.nanoTime();
        try {
            if (leading) {
                if (lease.renew()) {
                    validUntilNanos = started + leaseNanos;
                } else {
                    stepDown("the lease expired or another instance holds it");
                }
            } else if (lease.tryAcquire()) {
                validUntilNanos = started + leaseNanos;
                leading = true;
                term++;
                log.atInfo().setMessage("became leader").addKeyValue("instance", instance)
                        .addKeyValue("term", term).addKeyValue("lease_ms", lease.duration().toMillis()).log();
                onChange.run();
            }
            redis.set(heartbeatKey, leading ? "leader" : "standby", SetArgs.Builder.px(2 * leaseNanos / 1_000_000));
            if (redisFailing) {
                redisFailing = false;
                log.atInfo().setMessage("Redis answers again").addKeyValue("instance", instance).log();
            }
        } catch (RedisException e) {
            if (!redisFailing) {
                redisFailing = true;
                log.atWarn().setMessage("cannot reach Redis for the lease").addKeyValue("instance", instance)
                        .addKeyValue("error", e.getMessage()).log();
            }
            // without Redis we cannot renew: keep leading only as long as the last renewal lasts
            if (leading && System.nanoTime() - validUntilNanos >= 0) {
                stepDown("the lease ran out while Redis was unreachable");
            }
        }
    }

    private void stepDown(String reason) {
        leading = false;
        log.atWarn().setMessage("stepped down").addKeyValue("instance", instance).addKeyValue("term", term)
                .addKeyValue("reason", reason).log();
        onChange.run();
    }

    /** Stops competing and, if leading, releases the lease so a standby takes over without waiting for it to expire. */
    @Override
    public void close() {
        closing.countDown();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean wasLeading = leading;
        leading = false;
        try {
            if (wasLeading) {
                boolean released = lease.release();
                log.atInfo().setMessage("released lease").addKeyValue("instance", instance)
                        .addKeyValue("term", term).addKeyValue("was_held", released).log();
            }
            redis.del(heartbeatKey);
        } catch (RedisException e) {
            log.atWarn().setMessage("could not release lease; it expires by itself")
                    .addKeyValue("instance", instance).addKeyValue("error", e.getMessage()).log();
        }
    }
}
