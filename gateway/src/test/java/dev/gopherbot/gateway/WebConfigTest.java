package dev.gopherbot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.gateway.web.WebPages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How registered pages change which settings the gateway needs (no I/O: every failure comes before connecting). */
class WebConfigTest {
    static final WebPages PAGES = new WebPages().page("/web/directory", request -> PageResponse.ok("<p>hi</p>"));

    @Test
    void withoutPagesTheWebSettingsMayStayUnset() {
        Env env = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret"));
        GatewayConfig config = GatewayConfig.from(env, WebPages.none());
        env.check();

        assertEquals(Optional.empty(), config.web());
    }

    @Test
    void withPagesTheSessionKeyAndPublicUrlAreRequiredAndNamed() {
        Env env = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret"));
        GatewayConfig.from(env, PAGES);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("WEB_SESSION_KEY is required"), e.problems().toString());
        assertTrue(e.problems().get(1).startsWith("PUBLIC_URL is required"), e.problems().toString());
    }

    @Test
    void startingWithPagesButWithoutWebSettingsFailsBeforeConnectingToRedis() {
        Env env = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret", "REDIS_URL", "redis://127.0.0.1:1"));
        GatewayConfig config = GatewayConfig.from(env);
        env.check();

        ConfigException e = assertThrows(ConfigException.class, () -> GatewayApp.start(config, PAGES));

        assertEquals(List.of("WEB_SESSION_KEY is required when web pages are registered but not set",
                "PUBLIC_URL is required when web pages are registered but not set"), e.problems());
    }

    @Test
    void pagesAdmitTheConfiguredWorkspaceOrAnyWhenNoneIsConfigured() {
        Env one = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret", "SLACK_TEAM_ID", "T0GOPHERS"));
        Env any = new Env(Map.of("SLACK_SIGNING_SECRET", "s3cret"));

        assertEquals(Set.of("T0GOPHERS"), GatewayConfig.from(one).webTeams());
        assertEquals(Set.of(), GatewayConfig.from(any).webTeams());
    }
}
