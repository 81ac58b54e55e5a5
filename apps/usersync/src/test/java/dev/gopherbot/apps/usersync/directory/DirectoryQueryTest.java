package dev.gopherbot.apps.usersync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gopherbot.app.web.PageRequest;
import dev.gopherbot.apps.usersync.directory.DirectoryQuery.BadQuery;
import dev.gopherbot.common.web.Viewer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryQueryTest {
    private static final String PATH = "/web/usersync/directory";

    @Test
    void linksToOtherPagesKeepTheSearchAndTheFilter() throws BadQuery {
        DirectoryQuery query = DirectoryQuery.from(request(Map.of("q", List.of("ann & co"), "deactivated",
                List.of("1"))));
        Cursor cursor = new Cursor("ann", "U0ANN");

        assertEquals(PATH + "?q=ann+%26+co&deactivated=1", query.firstPage(PATH));
        assertEquals(PATH + "?q=ann+%26+co&deactivated=1&after=" + cursor.encode(), query.pageAfter(PATH, cursor));
        assertEquals(PATH + "?q=ann+%26+co&deactivated=1&before=" + cursor.encode(),
                query.pageBefore(PATH, cursor));
    }

    @Test
    void theFirstPageOfEveryoneHasNoQueryString() throws BadQuery {
        assertEquals(PATH, DirectoryQuery.from(request(Map.of())).firstPage(PATH));
    }

    @Test
    void aSearchTextOverTheLimitIsRefusedWithTheLimit() {
        BadQuery e = assertThrows(BadQuery.class, () -> DirectoryQuery.from(request(Map.of("q",
                List.of("x".repeat(DirectoryQuery.MAX_TEXT + 1))))));
        assertEquals("The search text is limited to 100 characters.", e.getMessage());
    }

    @Test
    void aDamagedPageLinkIsRefused() {
        BadQuery e = assertThrows(BadQuery.class, () -> DirectoryQuery.from(request(Map.of("after",
                List.of("%%%")))));
        assertEquals("This page link is damaged: start again from the first page.", e.getMessage());
    }

    @Test
    void aPageIsNotBothAfterAndBeforeAPosition() {
        String c = new Cursor("a", "U0A").encode();
        assertThrows(BadQuery.class, () -> DirectoryQuery.from(request(Map.of("after", List.of(c), "before",
                List.of(c)))));
    }

    private static PageRequest request(Map<String, List<String>> params) {
        return new PageRequest(new Viewer("U0VIEWER", "T0GOPHER"), PATH, params);
    }
}
