package dev.gopherbot.apps.usersync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CountsTest {
    private Instant now = Instant.parse("2026-01-10T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aTotalIsRememberedPerWorkspaceFilterAndSearchForThirtySeconds() {
        Counts counts = new Counts(clock);
        counts.put("T1", false, "ali:*", 3);

        assertEquals(3L, counts.get("T1", false, "ali:*"));
        assertNull(counts.get("T2", false, "ali:*"));
        assertNull(counts.get("T1", true, "ali:*"));
        assertNull(counts.get("T1", false, ""));

        now = now.plus(Counts.TTL);
        assertEquals(3L, counts.get("T1", false, "ali:*"));
        now = now.plusMillis(1);
        assertNull(counts.get("T1", false, "ali:*"));
    }
}
