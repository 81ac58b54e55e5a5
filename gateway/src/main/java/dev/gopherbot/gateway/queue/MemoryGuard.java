package dev.gopherbot.gateway.queue;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says whether Redis's memory is past {@code REDIS_MEMORY_LIMIT} percent of its {@code maxmemory}. Checked at most once
 * per {@link #INTERVAL} per process, by the request that finds the last reading stale (one {@code INFO memory} round
 * trip a second), so a full Redis is noticed before it starts refusing writes mid-script. A Redis without
 * {@code maxmemory} (a developer's) is never full.
 */
final class MemoryGuard {
    private static final Logger log = LoggerFactory.getLogger(MemoryGuard.class);
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final RedisCommands<String, byte[]> commands;
    private final int limitPercent;
    private final LongSupplier nanoTime;
    private final AtomicLong checkedAt = new AtomicLong(Long.MIN_VALUE);
    private volatile boolean full;

    MemoryGuard(RedisCommands<String, byte[]> commands, int limitPercent, LongSupplier nanoTime) {
        this.commands = commands;
        this.limitPercent = limitPercent;
        this.nanoTime = nanoTime;
    }

    boolean full() {
        long now = nanoTime.getAsLong();
        long last = checkedAt.get();
        if ((last == Long.MIN_VALUE || now - last >= INTERVAL.toNanos()) && checkedAt.compareAndSet(last, now)) {
            boolean nowFull = overLimit(commands.info("memory"), limitPercent);
            if (nowFull != full) {
                if (nowFull) {
                    log.atError().addKeyValue("limit_percent", limitPercent)
                            .log("Redis memory past REDIS_MEMORY_LIMIT: answering Slack 503 (it retries) until "
                                    + "consumers catch up or the plan grows");
                } else {
                    log.info("Redis memory below REDIS_MEMORY_LIMIT again: accepting events");
                }
            }
            full = nowFull;
        }
        return full;
    }

    /** From an {@code INFO memory} reply: {@code used_memory} at or past the limit's share of {@code maxmemory}. */
    static boolean overLimit(String info, int limitPercent) {
        long used = field(info, "used_memory");
        long max = field(info, "maxmemory");
        return max > 0 && used * 100 >= max * limitPercent;
    }

    private static long field(String info, String name) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).trim());
            }
        }
        return 0;
    }
}
