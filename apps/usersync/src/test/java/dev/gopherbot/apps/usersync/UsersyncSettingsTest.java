package dev.gopherbot.apps.usersync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.schedule.Schedule;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersyncSettingsTest {
    @Test
    void withNothingSetTheSyncIsDailyAtThreeUtcAtTierTwoPace() {
        UsersyncSettings settings = UsersyncSettings.from(new Env(Map.of()));

        assertEquals(Schedule.parse("daily 03:00 UTC"), settings.fullSyncSchedule());
        assertEquals(Duration.ofSeconds(3), settings.pageInterval());
        assertEquals(Duration.ofSeconds(5), settings.retryAfter());
        assertEquals(50, settings.pageSize());
    }

    @Test
    void everyInvalidSettingIsReportedByName() {
        Env env = new Env(Map.of("USERSYNC_FULL_SYNC_SCHEDULE", "nightly", "USERSYNC_PAGE_INTERVAL", "0s",
                "USERSYNC_RETRY_AFTER", "soon", "USERSYNC_DIRECTORY_PAGE_SIZE", "0"));
        UsersyncSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);
        String problems = String.join("\n", e.problems());
        assertTrue(problems.contains("USERSYNC_FULL_SYNC_SCHEDULE: "), problems);
        assertTrue(problems.contains("USERSYNC_PAGE_INTERVAL=0s is invalid"), problems);
        assertTrue(problems.contains("USERSYNC_RETRY_AFTER"), problems);
        assertTrue(problems.contains("USERSYNC_DIRECTORY_PAGE_SIZE"), problems);
        assertEquals(4, e.problems().size(), problems);
    }
}
