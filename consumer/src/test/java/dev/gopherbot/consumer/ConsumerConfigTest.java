package dev.gopherbot.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerConfigTest {
    @Test
    void everythingHasADefault() {
        Env env = new Env(Map.of());
        ConsumerConfig c = ConsumerConfig.from(env);
        env.check();
        assertEquals(16, c.concurrency());
        assertEquals(Duration.ofMinutes(10), c.maxEventAge());
        assertEquals(Duration.ofSeconds(30), c.visibilityTimeout());
        assertEquals(5, c.maxDeliveries());
        assertEquals(Duration.ofSeconds(20), c.shutdownGrace());
        assertTrue(c.shadowMode(), "development runs in shadow mode");
        assertEquals("gopherbot", c.identity().appName());
    }

    @Test
    void productionIsNotShadowMode() {
        Env env = new Env(Map.of("BOT_ENV", "production"));
        assertFalse(ConsumerConfig.from(env).shadowMode());
    }

    @Test
    void everyBadSettingIsReportedAtOnce() {
        Env env = new Env(Map.of("CONSUMER_CONCURRENCY", "0", "MAX_EVENT_AGE", "soon", "MAX_DELIVERIES", "500",
                "BOT_ENV", "prod"));
        var e = assertThrows(ConfigException.class, () -> ConsumerApp.start(env, List.of(ChatApp.with(app -> { }))));
        assertEquals(5, e.problems().size(), String.join("\n", e.problems()));
        assertTrue(e.problems().contains("SLACK_BOT_TOKEN (or CHAT_SLACK_BOT_TOKEN) is required but not set"),
                e.problems().toString());
    }
}
