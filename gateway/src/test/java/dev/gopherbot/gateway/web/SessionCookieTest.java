package dev.gopherbot.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.web.Rejection;
import dev.gopherbot.common.web.TokenCheck;
import dev.gopherbot.common.web.Viewer;
import dev.gopherbot.common.web.WebLinks;
import dev.gopherbot.common.web.WebSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionCookieTest {
    static final String KEY = "session-test-key-0123456789abcdef0123";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Viewer VIEWER = new Viewer("U0VIEWER", "T0GOPHERS");

    final SessionCookie secure = new SessionCookie(settings("https://bot.example.test", KEY));

    @Test
    void onHttpsTheCookieIsHostOnlySecureHttpOnlyLaxAndLastsTwelveHours() {
        String header = secure.issue(VIEWER, NOW);

        assertTrue(header.startsWith("__Host-gopherbot_session="), header);
        assertTrue(header.endsWith("; Path=/; Max-Age=43200; HttpOnly; Secure; SameSite=Lax"), header);
        assertFalse(header.contains("Domain"), header);
    }

    @Test
    void onHttpLocalhostTheCookieIsNotSecureSoTheBrowserSendsItBack() {
        SessionCookie local = new SessionCookie(settings("http://localhost:8080", KEY));

        String header = local.issue(VIEWER, NOW);

        assertTrue(header.startsWith("gopherbot_session="), header);
        assertTrue(header.endsWith("; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax"), header);
    }

    @Test
    void aCookieReadsBackAsItsViewerUntilItExpires() {
        String value = value(secure.issue(VIEWER, NOW));

        Instant expiry = NOW.plus(Duration.ofHours(12));

        assertEquals(new TokenCheck.Valid<>(VIEWER), secure.read(value, expiry.minusSeconds(1)));
        assertEquals(TokenCheck.invalid(Rejection.EXPIRED), secure.read(value, expiry));
    }

    @Test
    void aCookieOfAnotherKeyATamperedOneOrASignInLinkIsNotASession() {
        SessionCookie other = new SessionCookie(
                settings("https://bot.example.test", "another-key-0123456789abcdef0123"));
        String value = value(secure.issue(VIEWER, NOW));
        String link = new WebLinks(settings("https://bot.example.test", KEY), Clock.fixed(NOW, ZoneOffset.UTC))
                .mint("U0VIEWER", "T0GOPHERS", "/web/directory");

        assertEquals(TokenCheck.invalid(Rejection.BAD_SIGNATURE), other.read(value, NOW));
        assertEquals(TokenCheck.invalid(Rejection.BAD_SIGNATURE), secure.read("x" + value.substring(1), NOW));
        assertEquals(TokenCheck.invalid(Rejection.MALFORMED),
                secure.read(link.substring(link.indexOf("?t=") + 3), NOW));
        assertEquals(TokenCheck.invalid(Rejection.MISSING), secure.read(null, NOW));
    }

    @Test
    void clearingExpiresTheCookieAtOnceWithTheSameAttributes() {
        assertEquals("__Host-gopherbot_session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax", secure.clear());
    }

    static WebSettings settings(String url, String key) {
        return new WebSettings(new Secret(key), URI.create(url), WebSettings.DEFAULT_LINK_TTL,
                WebSettings.DEFAULT_SESSION_TTL);
    }

    static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
