package dev.gopherbot.apps.gopherbot.feeds.gerrit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.apps.gopherbot.feeds.FeedItem;
import dev.gopherbot.testkit.feeds.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GerritFeedTest {
    private static final URI BASE = URI.create("https://go-review.googlesource.com");

    @Test
    void theXssiPrefixIsStripped() {
        assertEquals("[]", GerritFeed.stripPrefix(")]}'\n[]").strip());
        assertEquals("[]", GerritFeed.stripPrefix("[]"));
    }

    @Test
    void mergedChangesComeOldestFirstByMergeTimeNotByUpdateTime() throws IOException {
        List<FeedItem> items = GerritFeed.items(Fixtures.json("gerrit/changes.json"), null, BASE);

        assertEquals(List.of("582101", "582510", "582977", "583400"), items.stream().map(FeedItem::id).toList());
        assertEquals(Instant.parse("2024-05-07T14:59:58Z"), items.getFirst().publishedAt());
        assertEquals("2024-05-07T14:59:58Z|582101", items.getFirst().cursor());
    }

    @Test
    void onlyChangesMergedAfterTheCursorAreReturned() throws IOException {
        List<FeedItem> items = GerritFeed.items(Fixtures.json("gerrit/changes.json"),
                "2024-05-07T15:35:00Z|582600", BASE);

        assertEquals(List.of("582977", "583400"), items.stream().map(FeedItem::id).toList());
    }

    @Test
    void changesMergedShortlyBeforeTheCursorAreLookedAtAgainWithoutMovingTheCursorBack() throws IOException {
        // 582510 merged 15:20:43, 582977 merged 15:48:31: within ten minutes before the cursor only the latter
        List<FeedItem> items = GerritFeed.items(Fixtures.json("gerrit/changes.json"),
                "2024-05-07T15:55:00Z|583000", BASE);

        assertEquals(List.of("582977", "583400"), items.stream().map(FeedItem::id).toList());
        assertEquals("2024-05-07T15:55:00Z|583000", items.getFirst().cursor());
        assertEquals("2024-05-07T16:02:10Z|583400", items.getLast().cursor());
    }

    @Test
    void theMessageHasProjectSubjectAndLinkWithSlackEscaping() throws IOException {
        List<FeedItem> items = GerritFeed.items(Fixtures.json("gerrit/changes.json"), null, BASE);

        assertEquals("*[go]* cmd/compile: avoid &lt;nil&gt; deref when inlining &amp; devirtualizing "
                + "<https://go-review.googlesource.com/c/go/+/583400|CL 583400>", items.getLast().text());
        assertEquals("*[go@release-branch.go1.22]* [release-branch.go1.22] net/http: close the body of a redirected"
                + " request <https://go-review.googlesource.com/c/go/+/582510|CL 582510>", items.get(1).text());
    }

    @Test
    void anUnreadableCursorCountsAsNone() throws IOException {
        assertEquals(4, GerritFeed.items(Fixtures.json("gerrit/changes.json"), "garbage", BASE).size());
    }

    @Test
    void anythingButAListIsAnError() {
        ObjectMapper json = new ObjectMapper();
        assertThrows(IOException.class, () -> GerritFeed.items(json.readTree("{\"message\":\"nope\"}"), null, BASE));
    }
}
