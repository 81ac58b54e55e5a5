package dev.gopherbot.apps.gopherbot.feeds.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.gopherbot.feeds.FeedItem;
import dev.gopherbot.testkit.feeds.Fixtures;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MastodonFeedTest {
    @Test
    void statusesComeOldestFirstWithTheirIdAsCursor() throws IOException {
        List<FeedItem> items = MastodonFeed.items(Fixtures.json("mastodon/statuses.json"), null);

        assertEquals(List.of("112371008122330001", "112395210004455667", "112400917337421234"),
                items.stream().map(FeedItem::cursor).toList());
        assertEquals(Instant.parse("2024-05-02T09:59:41Z"), items.getFirst().publishedAt());
    }

    @Test
    void statusesAtOrBeforeTheCursorAreDroppedEvenIfTheServerIgnoresSinceId() throws IOException {
        List<FeedItem> items = MastodonFeed.items(Fixtures.json("mastodon/statuses.json"), "112395210004455667");

        assertEquals(List.of("112400917337421234"), items.stream().map(FeedItem::id).toList());
    }

    @Test
    void theMessageLinksThePostSoSlackUnfurlsIt() throws IOException {
        FeedItem item = MastodonFeed.items(Fixtures.json("mastodon/statuses.json"), null).getLast();

        assertEquals("New post from <https://changelog.social/@gotime|@gotime>: "
                + "https://changelog.social/@gotime/112400917337421234", item.text());
        assertTrue(item.unfurl());
    }
}
