package dev.gopherbot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an app's pages change which settings the gateway needs (no I/O: every failure comes before connecting). */
class WebConfigTest {
    static final App WITH_PAGE = App.of("pages", app -> app.add(r -> r.page("directory", "lists people",
            request -> PageResponse.ok("<p>hi</p>"))));

    @Test
    void aPublicUrlWithoutPagesNeedsNoSessionKey() {
        // another problem stops the start before it connects; the web settings are not among the problems
        Env env = new Env(Map.of("PUBLIC_URL", "https://bot.example.test", "PORT", "http"));

        ConfigException e = assertThrows(ConfigException.class, () -> GatewayApp.start(env,
                List.of(App.of("nopages", app -> { }))));

        assertEquals(2, e.problems().size(), e.problems().toString());
        assertFalse(e.problems().toString().contains("WEB_SESSION_KEY"), e.problems().toString());
    }

    @Test
    void anAppWithPagesNeedsTheSessionKeyAndPublicUrlNamedBeforeAnythingConnects() {
        Env env = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret", "REDIS_URL", "redis://127.0.0.1:1"));

        ConfigException e = assertThrows(ConfigException.class, () -> GatewayApp.start(env, List.of(WITH_PAGE)));

        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("WEB_SESSION_KEY is required for web pages"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("PUBLIC_URL is required for web pages"), e.problems().get(1));
    }
}
