package dev.gopherbot.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinksTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final WebSettings SETTINGS = new WebSettings(new Secret(WebSettingsTest.KEY),
            URI.create("https://bot.example.test"), WebSettings.DEFAULT_LINK_TTL, WebSettings.DEFAULT_SESSION_TTL);
    final WebLinks links = new WebLinks(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aLinkPointsAtTheLoginPageOfThePublicUrlWithAUrlSafeToken() {
        String link = links.mint("U0VIEWER", "T0GOPHERS", "/web/directory");

        assertTrue(link.startsWith("https://bot.example.test/web/login?t="), link);
        assertTrue(token(link).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}"), link);
    }

    @Test
    void aLinkVerifiesToItsViewerAndTargetUntilItExpires() {
        String token = token(links.mint("U0VIEWER", "T0GOPHERS", "/web/directory?team=go"));

        assertEquals(new TokenCheck.Valid<>(new SignIn(new Viewer("U0VIEWER", "T0GOPHERS"), "/web/directory?team=go")),
                links.verify(token, NOW.plus(Duration.ofMinutes(10)).minusSeconds(1)));
        assertEquals(TokenCheck.invalid(Rejection.EXPIRED), links.verify(token, NOW.plus(Duration.ofMinutes(10))));
    }

    @Test
    void aChosenTtlReplacesTheDefault() {
        String token = token(links.mint("U0VIEWER", "T0GOPHERS", "/", Duration.ofSeconds(30)));

        assertInstanceOf(TokenCheck.Valid.class, links.verify(token, NOW.plusSeconds(29)));
        assertEquals(TokenCheck.invalid(Rejection.EXPIRED), links.verify(token, NOW.plusSeconds(30)));
    }

    @Test
    void aLinkSignedWithAnotherKeyHasABadSignature() {
        WebSettings other = new WebSettings(new Secret("another-key-of-at-least-32-characters"), SETTINGS.publicUrl(),
                SETTINGS.linkTtl(), SETTINGS.sessionTtl());
        String token = token(new WebLinks(other, Clock.fixed(NOW, ZoneOffset.UTC)).mint("U1", "T1", "/"));

        assertEquals(TokenCheck.invalid(Rejection.BAD_SIGNATURE), links.verify(token, NOW));
    }

    @Test
    void changingAnyCharacterOfTheTokenInvalidatesIt() {
        String token = token(links.mint("U0VIEWER", "T0GOPHERS", "/web/directory"));

        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertInstanceOf(TokenCheck.Invalid.class, links.verify(tampered, NOW), "changed at " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", ".", "a.", ".b", "a.b.c", "!!!.@@@", "YQ.YQ=="})
    void tokensOfTheWrongShapeAreMalformed(String token) {
        assertEquals(TokenCheck.invalid(Rejection.MALFORMED), links.verify(token, NOW));
    }

    @Test
    void anOverlongTokenIsMalformedWithoutBeingDecoded() {
        assertEquals(TokenCheck.invalid(Rejection.MALFORMED),
                links.verify("a".repeat(TokenSigner.MAX_TOKEN_LENGTH) + ".b", NOW));
    }

    @Test
    void noTokenIsMissing() {
        assertEquals(TokenCheck.invalid(Rejection.MISSING), links.verify(null, NOW));
        assertEquals(TokenCheck.invalid(Rejection.MISSING), links.verify("", NOW));
    }

    @Test
    void aTokenSignedForAnotherPurposeIsNotALink() {
        TokenSigner signer = new TokenSigner(SETTINGS.sessionKey());
        String session = signer.sign("session", NOW.plusSeconds(60), List.of("U0VIEWER", "T0GOPHERS", "/"));

        assertEquals(TokenCheck.invalid(Rejection.MALFORMED), links.verify(session, NOW));
    }

    @Test
    void aSignedTokenWithIdsThatAreNotSlackIdsIsMalformed() {
        TokenSigner signer = new TokenSigner(SETTINGS.sessionKey());
        String odd = signer.sign("link", NOW.plusSeconds(60), List.of("<b>U1</b>", "T0GOPHERS", "/"));

        assertEquals(TokenCheck.invalid(Rejection.MALFORMED), links.verify(odd, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "web/directory"})
    void mintingALinkToAnotherSiteIsRefused(String path) {
        assertThrows(IllegalArgumentException.class, () -> links.mint("U0VIEWER", "T0GOPHERS", path));
    }

    @Test
    void mintingForSomethingOtherThanSlackIdsOrWithALongTtlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> links.mint("U0 VIEWER", "T0GOPHERS", "/"));
        assertThrows(IllegalArgumentException.class, () -> links.mint("U0VIEWER", "", "/"));
        assertThrows(IllegalArgumentException.class, () -> links.mint("U0VIEWER", "T1", "/", Duration.ofHours(2)));
        assertThrows(IllegalArgumentException.class, () -> links.mint("U0VIEWER", "T1", "/", Duration.ZERO));
    }

    @Test
    void aShortKeyCannotSign() {
        assertThrows(IllegalArgumentException.class, () -> new TokenSigner(new Secret("too-short")));
    }

    @Test
    void aRejectionNeverQuotesTheToken() {
        String token = token(links.mint("U0VIEWER", "T0GOPHERS", "/web/directory"));
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        for (TokenCheck<SignIn> check : List.of(links.verify(tampered, NOW), links.verify(token, NOW.plusSeconds(3600)),
                links.verify(token + ".x", NOW))) {
            TokenCheck.Invalid<?> invalid = assertInstanceOf(TokenCheck.Invalid.class, check);
            assertFalse(invalid.toString().contains(token.substring(0, 10)), invalid.toString());
            assertFalse(invalid.rejection().reason().contains(token.substring(0, 10)));
        }
    }

    static String token(String link) {
        return link.substring(link.indexOf("?t=") + 3);
    }
}
