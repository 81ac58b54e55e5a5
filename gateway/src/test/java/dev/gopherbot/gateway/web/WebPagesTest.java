package dev.gopherbot.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.web.Html;
import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.app.web.PageRequest;
import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.common.web.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebPagesTest {
    static final PageHandler HELLO = request -> PageResponse.ok(Html.document("hello", "<p>hello</p>"));

    @Test
    void pagesAreKeptInRegistrationOrder() {
        WebPages pages = new WebPages().page("/web/directory", HELLO).page("/web/about/team", HELLO);

        assertEquals(List.of("/web/directory", "/web/about/team"), List.copyOf(pages.byPath().keySet()));
        assertTrue(WebPages.none().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/directory", "/web", "/web/", "/web/directory/", "/web/{id}", "/web/<rest>", "/web/*",
        "/web//x", "/slack/events", "/healthz", "/web/login", "/web/logout", "web/directory"})
    void pathsOutsideWebOrThatAreNotPlainOrTakenByTheGatewayAreRefused(String path) {
        assertThrows(IllegalArgumentException.class, () -> new WebPages().page(path, HELLO));
    }

    @Test
    void registeringAPathTwiceIsAnErrorNotAReplacement() {
        WebPages pages = new WebPages().page("/web/directory", HELLO);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pages.page("/web/directory", request -> PageResponse.ok("")));
        assertEquals("page path /web/directory is registered twice", e.getMessage());
    }

    @Test
    void aPageAnswersOnlyStatusesWithATruthfulOutcome() {
        assertEquals(404, PageResponse.notFound("<p>no</p>").status());
        assertEquals(403, new PageResponse(403, "").status());
        for (int status : new int[] {201, 302, 401, 500}) {
            assertThrows(IllegalArgumentException.class, () -> new PageResponse(status, ""));
        }
        assertThrows(IllegalArgumentException.class, () -> PageResponse.ok(null));
    }

    @Test
    void aPageIsHtmlUnlessItSaysJsonOrCss() {
        assertEquals(PageResponse.HTML, PageResponse.ok("<p>hi</p>").contentType());
        assertEquals(PageResponse.JSON, PageResponse.json(400, "{\"error\":\"no\"}").contentType());
        assertEquals(PageResponse.CSS, PageResponse.stylesheet("p{}").contentType());
        assertThrows(IllegalArgumentException.class, () -> new PageResponse(200, "x", "application/javascript"));
    }

    @Test
    void aRequestGivesTheFirstValueOfAQueryParameter() {
        PageRequest request = new PageRequest(new Viewer("U1", "T1"), "/web/directory",
                Map.of("q", List.of("go", "rust"), "empty", List.of()));

        assertEquals(Optional.of("go"), request.query("q"));
        assertEquals(Optional.empty(), request.query("empty"));
        assertEquals(Optional.empty(), request.query("other"));
    }
}
