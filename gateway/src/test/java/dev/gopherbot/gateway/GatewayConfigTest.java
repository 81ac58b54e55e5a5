package dev.gopherbot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void everythingHasADefault() {
        Env env = new Env(Map.of());
        GatewayConfig config = GatewayConfig.from(env);
        env.check();

        assertEquals(8080, config.port());
        assertEquals(1_000_000, config.streamMaxLen());
        assertEquals("gopherbot:", config.redis().keys().prefix());
    }

    @Test
    void everySettingIsRead() {
        Env env = new Env(Map.of("PORT", "0", "STREAM_MAXLEN", "50000", "REDIS_KEY_PREFIX", "bot2:"));
        GatewayConfig config = GatewayConfig.from(env);
        env.check();

        assertEquals(0, config.port());
        assertEquals(50_000, config.streamMaxLen());
        assertEquals("bot2:", config.redis().keys().prefix());
    }

    @Test
    void aMissingSigningSecretIsReportedByNameAlongsideOtherProblemsBeforeAnythingConnects() {
        Env env = new Env(Map.of("PORT", "http", "STREAM_MAXLEN", "10",
                "REDIS_URL", "redis://:hunter2@127.0.0.1:1"));

        ConfigException e = assertThrows(ConfigException.class, () -> GatewayApp.start(env,
                List.of(DemoApp.app())));

        assertTrue(e.problems().contains("SLACK_SIGNING_SECRET (or DEMO_SLACK_SIGNING_SECRET) is required but not "
                + "set"), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("PORT=")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("STREAM_MAXLEN=")), e.problems().toString());
        assertFalse(e.getMessage().contains("hunter2"));
    }
}
