package dev.gopherbot.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebSettingsTest {
    static final String KEY = "k".repeat(20) + "-0123456789abcdef";

    @Test
    void withoutWebSettingsThereIsNoSiteAndNoProblem() {
        Env env = new Env(Map.of());

        assertEquals(Optional.empty(), WebSettings.from(env));
        env.check();
    }

    @Test
    void bothSettingsAreReadWithDefaultTtls() {
        Env env = new Env(Map.of("WEB_SESSION_KEY", KEY, "PUBLIC_URL", "https://myapp.herokuapp.com/"));
        WebSettings settings = WebSettings.from(env).orElseThrow();
        env.check();

        assertEquals(KEY, settings.sessionKey().reveal());
        assertEquals(URI.create("https://myapp.herokuapp.com"), settings.publicUrl());
        assertEquals(Duration.ofMinutes(10), settings.linkTtl());
        assertEquals(Duration.ofHours(12), settings.sessionTtl());
        assertTrue(settings.secureCookies());
    }

    @Test
    void oneSettingWithoutTheOtherIsAProblemNamingTheMissingOne() {
        Env env = new Env(Map.of("PUBLIC_URL", "https://myapp.herokuapp.com"));
        WebSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("WEB_SESSION_KEY is required"), e.problems().toString());
    }

    @Test
    void requireNamesEveryMissingSetting() {
        Env env = new Env(Map.of());
        WebSettings.require(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("WEB_SESSION_KEY is required"));
        assertTrue(e.problems().get(1).startsWith("PUBLIC_URL is required"));
    }

    @Test
    void aShortKeyIsRefusedWithoutEchoingIt() {
        Env env = new Env(Map.of("WEB_SESSION_KEY", "short-key-31-characters-long-xx", "PUBLIC_URL", "https://a.b"));
        WebSettings.require(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertEquals(List.of("WEB_SESSION_KEY is too short: at least 32 characters are required"), e.problems());
        assertFalse(e.getMessage().contains("short-key"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://myapp.herokuapp.com", "https://myapp.herokuapp.com/app", "myapp.herokuapp.com",
        "https://user:hunter2@myapp.herokuapp.com", "https://myapp.herokuapp.com?x=1", "ftp://myapp.example"})
    void thePublicUrlMustBeAnHttpsBaseUrlAndIsNeverEchoed(String url) {
        Env env = new Env(Map.of("WEB_SESSION_KEY", KEY, "PUBLIC_URL", url));
        WebSettings.require(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        assertTrue(e.problems().get(0).startsWith("PUBLIC_URL is invalid"), e.problems().toString());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:5000/", "http://[::1]:8080"})
    void plainHttpIsForLocalhostOnlyAndThenCookiesAreNotSecure(String url) {
        Env env = new Env(Map.of("WEB_SESSION_KEY", KEY, "PUBLIC_URL", url));
        WebSettings settings = WebSettings.require(env);
        env.check();

        assertFalse(settings.secureCookies());
        assertFalse(settings.publicUrl().toString().endsWith("/"));
    }

    @Test
    void ttlsAreReadAndBounded() {
        Env env = new Env(Map.of("WEB_SESSION_KEY", KEY, "PUBLIC_URL", "https://a.b", "WEB_LINK_TTL", "5m",
                "WEB_SESSION_TTL", "2d"));
        WebSettings settings = WebSettings.require(env);
        env.check();
        assertEquals(Duration.ofMinutes(5), settings.linkTtl());
        assertEquals(Duration.ofDays(2), settings.sessionTtl());

        Env tooLong = new Env(Map.of("WEB_SESSION_KEY", KEY, "PUBLIC_URL", "https://a.b", "WEB_LINK_TTL", "2h",
                "WEB_SESSION_TTL", "0s"));
        WebSettings.require(tooLong);
        ConfigException e = assertThrows(ConfigException.class, tooLong::check);
        assertEquals(List.of("WEB_LINK_TTL=2h is invalid: expected a duration between 1s and 1h",
                "WEB_SESSION_TTL=0s is invalid: expected a duration between 1s and 30d"), e.problems());
    }

    @Test
    void theKeyNeverAppearsInTheSettingsStringForm() {
        WebSettings settings = WebSettings.require(
                new Env(Map.of("WEB_SESSION_KEY", KEY, "PUBLIC_URL", "https://a.b")));

        assertEquals("[redacted]", settings.sessionKey().toString());
        assertFalse(settings.toString().contains(KEY), settings.toString());
    }
}
