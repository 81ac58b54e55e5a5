package dev.gopherbot.bgtasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    @Test
    void everythingHasADefault() {
        Env env = new Env(Map.of());
        BgTasksConfig c = BgTasksConfig.from(env);
        env.check();

        assertEquals(Duration.ofSeconds(15), c.lease());
        assertEquals(Duration.ofMinutes(10), c.channels().refreshInterval());
        assertEquals(Duration.ofDays(3), c.channels().ttl());
        assertTrue(c.botEnv().shadowMode());
    }

    @Test
    void everyInvalidSettingIsReportedOnItsOwnLine() {
        Map<String, String> vars = new HashMap<>();
        vars.put("BGTASKS_LEASE", "500ms");
        vars.put("CHANNEL_REFRESH_INTERVAL", "soon");
        Env env = new Env(vars);
        BgTasksConfig.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        List<String> problems = e.problems();
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("BGTASKS_LEASE=500ms is invalid")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("CHANNEL_REFRESH_INTERVAL=soon is invalid")));
    }

    @Test
    void aMissingBotTokenIsReportedByNameWithoutStartingAnything() {
        Env env = new Env(Map.of("REDIS_URL", "redis://127.0.0.1:1"));

        ConfigException e = assertThrows(ConfigException.class,
                () -> BgTasksApp.start(env, List.of(AppHarness.CHANNELS_APP)));

        assertEquals(List.of("SLACK_BOT_TOKEN (or CHAT_SLACK_BOT_TOKEN) is required but not set"), e.problems());
    }

    @Test
    void aLeaseTooShortForTheRedisTimeoutIsRefused() {
        Env env = new Env(Map.of("BGTASKS_LEASE", "2s"));
        BgTasksConfig.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertEquals(List.of("BGTASKS_LEASE must be at least three times REDIS_TIMEOUT"), e.problems());
    }
}
