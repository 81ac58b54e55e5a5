package dev.gopherbot.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void theFiveCharactersThatEndTextOrAnAttributeAreEscaped() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                Html.escape("<script>alert(\"x\" & 'y')</script>"));
    }

    @Test
    void plainTextAndNullAreSafeAsTheyAre() {
        assertEquals("U0VIEWER caf\u00e9", Html.escape("U0VIEWER caf\u00e9"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void aDocumentEscapesItsTitleButNotItsBody() {
        String html = Html.document("<Directory>", "<p>hi</p>");

        assertTrue(html.startsWith("<!doctype html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<title>&lt;Directory&gt;</title>"));
        assertTrue(html.contains("<p>hi</p>"));
        assertFalse(html.contains("<Directory>"));
    }
}
