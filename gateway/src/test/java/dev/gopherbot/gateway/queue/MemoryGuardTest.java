package dev.gopherbot.gateway.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryGuardTest {

    @ParameterizedTest(name = "used {0} of maxmemory {1} at a {2}% limit: full = {3}")
    @CsvSource({
        "899, 1000, 90, false",
        "900, 1000, 90, true",
        "999999, 0, 90, false", // no maxmemory: a developer's Redis, never full
        "50, 100, 100, false",
    })
    void redisIsFullAtTheLimitsShareOfMaxmemory(long used, long max, int limit, boolean full) {
        String info = "# Memory\r\nused_memory:" + used + "\r\nused_memory_human:1K\r\nmaxmemory:" + max
                + "\r\nmaxmemory_human:1K\r\n";
        assertEquals(full, MemoryGuard.overLimit(info, limit));
    }
}
