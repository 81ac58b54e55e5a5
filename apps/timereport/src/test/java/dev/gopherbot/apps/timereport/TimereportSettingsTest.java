package dev.gopherbot.apps.timereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimereportSettingsTest {
    private static final String TOKEN = "s3cr3t-token-value";

    @Test
    void theApiUrlAndTokenAreRequiredAndTheRestHasDefaults() {
        TimereportSettings s = read(Map.of("TIMEREPORT_API_URL", "https://tr.example.com/api",
                "TIMEREPORT_API_TOKEN", TOKEN));

        assertEquals(URI.create("https://tr.example.com/api"), s.apiUrl());
        assertEquals(TOKEN, s.apiToken().reveal());
        assertEquals(Duration.ofSeconds(10), s.apiTimeout());
        assertEquals(ZoneId.of("UTC"), s.zone());
    }

    @Test
    void missingSettingsAreAllNamedAtOnce() {
        List<String> problems = problems(Map.of());

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("TIMEREPORT_API_URL is required but not set"));
        assertEquals("TIMEREPORT_API_TOKEN is required but not set", problems.get(1));
    }

    @Test
    void badValuesAreNamedWithoutEchoingCredentials() {
        List<String> problems = problems(Map.of("TIMEREPORT_API_URL", "https://user:" + TOKEN + "@tr.example.com/",
                "TIMEREPORT_API_TOKEN", TOKEN, "TIMEREPORT_API_TIMEOUT", "5m", "TIMEREPORT_TIME_ZONE", "Mars/Olympus"));

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("TIMEREPORT_API_URL is invalid: expected an http(s) URL without "
                + "credentials"));
        assertEquals("TIMEREPORT_API_TIMEOUT=5m is invalid: expected a duration from 1ms to 60s, e.g. 10s",
                problems.get(1));
        assertEquals("TIMEREPORT_TIME_ZONE=Mars/Olympus is invalid: expected a time zone such as Europe/Stockholm "
                + "or UTC", problems.get(2));
        problems.forEach(p -> assertFalse(p.contains(TOKEN), p));
    }

    private static TimereportSettings read(Map<String, String> vars) {
        Env env = new Env(vars);
        TimereportSettings settings = TimereportSettings.from(env);
        env.check();
        return settings;
    }

    private static List<String> problems(Map<String, String> vars) {
        return assertThrows(ConfigException.class, () -> read(new HashMap<>(vars))).problems();
    }
}
