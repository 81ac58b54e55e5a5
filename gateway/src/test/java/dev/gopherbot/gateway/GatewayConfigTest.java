package dev.gopherbot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void defaultsNeedOnlyTheSigningSecret() {
        Env env = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret"));
        GatewayConfig config = GatewayConfig.from(env);
        env.check();

        assertEquals(8080, config.port());
        assertEquals("s3cret", config.signingSecret().reveal());
        assertEquals(Optional.empty(), config.appId());
        assertEquals(Optional.empty(), config.teamId());
        assertEquals(1_000_000, config.streamMaxLen());
        assertEquals("gopherbot:", config.redis().keys().prefix());
    }

    @Test
    void everySettingIsRead() {
        Env env = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret", "PORT", "0", "SLACK_APP_ID", "A1",
                "SLACK_TEAM_ID", "T1", "STREAM_MAXLEN", "50000", "REDIS_KEY_PREFIX", "bot2:"));
        GatewayConfig config = GatewayConfig.from(env);
        env.check();

        assertEquals(0, config.port());
        assertEquals(Optional.of("A1"), config.appId());
        assertEquals(Optional.of("T1"), config.teamId());
        assertEquals(50_000, config.streamMaxLen());
        assertEquals("bot2:", config.redis().keys().prefix());
    }

    @Test
    void aMissingSigningSecretIsReportedByNameAlongsideOtherProblems() {
        Env env = new Env(Map.of("PORT", "http", "STREAM_MAXLEN", "10",
                "REDIS_URL", "redis://:hunter2@localhost:6379"));
        GatewayConfig.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertTrue(e.problems().contains("SLACK_SIGNING_SECRET is required but not set"), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("PORT=")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("STREAM_MAXLEN=")), e.problems().toString());
        assertFalse(e.getMessage().contains("hunter2"));
    }
}
