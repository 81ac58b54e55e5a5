package dev.gopherbot.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

    @Test
    void everyProblemIsReportedAtOnceWithOneLinePerSetting() {
        Env env = new Env(Map.of("PORT_LIKE", "abc", "TIMEOUT", "soon"));
        env.secret("SLACK_SIGNING_SECRET");
        env.integer("PORT_LIKE", 8080, 1, 65535);
        env.duration("TIMEOUT", Duration.ofSeconds(1));

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertEquals(3, e.problems().size());
        assertEquals("SLACK_SIGNING_SECRET is required but not set", e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("PORT_LIKE=abc is invalid"));
        assertTrue(e.problems().get(2).startsWith("TIMEOUT=soon is invalid"));
    }

    @Test
    void aSecretValueNeverAppearsInItsStringForm() {
        Secret secret = new Env(Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret")).secret("SLACK_BOT_TOKEN");

        assertEquals("[redacted]", secret.toString());
        assertFalse(String.valueOf(new Object[] {secret}[0]).contains("xoxb"));
        assertEquals("xoxb-very-secret", secret.reveal());
    }

    @Test
    void durationsAcceptMillisecondsSecondsMinutesHoursAndDays() {
        assertEquals(Duration.ofMillis(500), Env.parseDuration("500ms"));
        assertEquals(Duration.ofSeconds(30), Env.parseDuration("30s"));
        assertEquals(Duration.ofMinutes(10), Env.parseDuration("10m"));
        assertEquals(Duration.ofHours(2), Env.parseDuration("2h"));
        assertEquals(Duration.ofDays(3), Env.parseDuration("3d"));
    }

    @Test
    void blankValuesCountAsUnsetAndTakeTheDefault() {
        Env env = new Env(Map.of("BOT_ENV", "  "));

        assertEquals(BotEnv.DEVELOPMENT, env.choice("BOT_ENV", BotEnv.DEVELOPMENT));
        env.check();
    }

    @Test
    void enumChoicesAreCaseInsensitiveAndListTheAllowedValuesWhenWrong() {
        Env env = new Env(Map.of("BOT_ENV", "Production", "OTHER", "prod"));

        assertEquals(BotEnv.PRODUCTION, env.choice("BOT_ENV", BotEnv.DEVELOPMENT));
        env.choice("OTHER", BotEnv.DEVELOPMENT);

        ConfigException e = assertThrows(ConfigException.class, env::check);
        assertEquals("OTHER=prod is invalid: expected one of development, staging, production", e.problems().get(0));
    }

    @Test
    void onlyProductionLeavesShadowMode() {
        assertTrue(BotEnv.DEVELOPMENT.shadowMode());
        assertTrue(BotEnv.STAGING.shadowMode());
        assertFalse(BotEnv.PRODUCTION.shadowMode());
    }
}
