package dev.gopherbot.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/web/directory", "/web/directory?team=go&q=%2F%2Fevil.example", "/web/a:b",
        "/web/directory#top"})
    void pathsInsideTheSiteAreAccepted(String path) {
        assertTrue(LocalPath.isValid(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"web/directory", "//evil.example", "///evil.example", "//evil.example/web",
        "/\\evil.example", "\\\\evil.example", "\\/evil.example", "https://evil.example/", "http:/evil.example",
        "javascript:alert(1)", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/ /evil.example",
        "/web\\..\\evil", "/caf\u00e9", "/web/\u0000"})
    void anythingABrowserCouldReadAsAnotherHostIsRefused(String path) {
        assertFalse(LocalPath.isValid(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example"})
    void requireExplainsTheRuleWithoutQuotingTheValue(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalPath.require(path));

        assertFalse(e.getMessage().contains("evil"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void overlongPathsAreRefused() {
        assertFalse(LocalPath.isValid("/" + "a".repeat(LocalPath.MAX_LENGTH)));
    }
}
