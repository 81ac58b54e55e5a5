package dev.gopherbot.apps.cravack.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.net.URI;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CravackSettingsTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static Map<String, String> valid() {
        return new HashMap<>(Map.of("CRAVACK_STRAVA_CLIENT_ID", "4242", "CRAVACK_STRAVA_CLIENT_SECRET",
                "s3cr3t-client", "CRAVACK_VERIFY_TOKEN", "v3rify", "CRAVACK_CHANNEL", "C0RUNS",
                "CRAVACK_TOKEN_KEY", KEY, "PUBLIC_URL", "https://bot.example.com/"));
    }

    @Test
    void validSettingsGiveTheCallbackAndRedirectUrlsOnThePublicUrl() {
        Env env = new Env(valid());
        CravackSettings s = CravackSettings.from(env);
        env.check();

        assertEquals(URI.create("https://bot.example.com/hooks/cravack/oauth"), s.redirectUri());
        assertEquals(URI.create("https://bot.example.com/hooks/cravack/strava"), s.callbackUrl());
        assertEquals(URI.create("https://www.strava.com/api/v3/"), s.apiUrl());
        assertEquals(Units.METRIC, s.units());
    }

    @Test
    void everyMissingSettingIsNamedAtOnce() {
        ConfigException e = problems(Map.of());

        assertEquals(6, e.problems().size(), e.problems().toString());
        for (String name : List.of("CRAVACK_STRAVA_CLIENT_ID", "CRAVACK_STRAVA_CLIENT_SECRET", "CRAVACK_VERIFY_TOKEN",
                "CRAVACK_CHANNEL", "CRAVACK_TOKEN_KEY", "PUBLIC_URL")) {
            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(name + " is required")), name);
        }
    }

    @Test
    void aWrongKeyOrChannelOrUrlIsExplainedWithoutEchoingTheValue() {
        Map<String, String> vars = valid();
        vars.put("CRAVACK_TOKEN_KEY", "short-but-secret");
        vars.put("CRAVACK_CHANNEL", "#running");
        vars.put("PUBLIC_URL", "https://bot.example.com/with/path");
        vars.put("CRAVACK_UNITS", "furlongs");

        ConfigException e = problems(vars);

        assertEquals(4, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.contains("short-but-secret")));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("CRAVACK_CHANNEL is invalid: expected a channel"
                + " id")));
    }

    @Test
    void theSettingsNeverPrintTheKeyOrSecrets() {
        String printed = CravackSettings.from(new Env(valid())).toString();

        assertFalse(printed.contains("s3cr3t-client") || printed.contains("v3rify") || printed.contains(KEY),
                printed);
    }

    private static ConfigException problems(Map<String, String> vars) {
        Env env = new Env(vars);
        CravackSettings.from(env);
        return assertThrows(ConfigException.class, env::check);
    }
}
