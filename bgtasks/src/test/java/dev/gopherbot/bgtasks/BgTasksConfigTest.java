package dev.gopherbot.bgtasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BgTasksConfigTest {
    private static Map<String, String> minimal() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-test");
        return env;
    }

    @Test
    void defaultsNeedOnlyTheBotTokenAndLeaveEveryFeedDisabled() {
        BgTasksConfig c = BgTasksConfig.from(new Env(minimal()));

        assertEquals(Duration.ofSeconds(15), c.lease());
        assertEquals(Duration.ofMinutes(10), c.channels().refreshInterval());
        assertEquals(Duration.ofDays(3), c.channels().ttl());
        assertEquals("https://go-review.googlesource.com", c.gerrit().url().toString());
        assertEquals("status:merged", c.gerrit().query());
        assertEquals(Duration.ofMinutes(1), c.gerrit().feed().interval());
        assertEquals(Duration.ofMinutes(30), c.goTime().window());
        assertEquals("109349735213354404", c.mastodon().accountId());
        assertFalse(c.gerrit().feed().enabled());
        assertFalse(c.goTime().feed().enabled());
        assertFalse(c.mastodon().feed().enabled());
        assertTrue(c.botEnv().shadowMode());
    }

    @Test
    void aFeedIsEnabledByItsChannelAndReadsItsOwnSchedule() {
        Map<String, String> env = minimal();
        env.put("GERRIT_CHANNEL", "#golang-cls");
        env.put("GERRIT_INTERVAL", "30s");
        env.put("GERRIT_MAX_AGE", "2h");
        env.put("GERRIT_URL", "https://gerrit.example.org/");

        BgTasksConfig c = BgTasksConfig.from(new Env(env));

        assertTrue(c.gerrit().feed().enabled());
        assertEquals("#golang-cls", c.gerrit().feed().channel());
        assertEquals(Duration.ofSeconds(30), c.gerrit().feed().interval());
        assertEquals(Duration.ofHours(2), c.gerrit().feed().maxAge());
        assertEquals("https://gerrit.example.org", c.gerrit().url().toString(), "trailing slash dropped");
    }

    @Test
    void everyInvalidSettingIsReportedOnItsOwnLineWithoutTheTokenValue() {
        Map<String, String> env = new HashMap<>();
        env.put("BGTASKS_LEASE", "500ms");
        env.put("CHANNEL_REFRESH_INTERVAL", "soon");
        env.put("GERRIT_URL", "not a url");
        env.put("MASTODON_ACCOUNT_ID", "@gotime");
        env.put("GOTIME_INTERVAL", "10ms");

        ConfigException e = assertThrows(ConfigException.class, () -> BgTasksConfig.from(new Env(env)));

        List<String> problems = e.problems();
        assertEquals(6, problems.size(), String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SLACK_BOT_TOKEN is required")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("BGTASKS_LEASE=500ms is invalid")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("CHANNEL_REFRESH_INTERVAL=soon is invalid")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("GERRIT_URL=not a url is invalid")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("MASTODON_ACCOUNT_ID=@gotime is invalid")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("GOTIME_INTERVAL=10ms is invalid")));
    }

    @Test
    void aLeaseTooShortForTheRedisTimeoutIsRefused() {
        Map<String, String> env = minimal();
        env.put("BGTASKS_LEASE", "2s");

        ConfigException e = assertThrows(ConfigException.class, () -> BgTasksConfig.from(new Env(env)));

        assertEquals(List.of("BGTASKS_LEASE must be at least three times REDIS_TIMEOUT"), e.problems());
    }
}
