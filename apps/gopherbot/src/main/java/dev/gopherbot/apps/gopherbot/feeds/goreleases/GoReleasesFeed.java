package dev.gopherbot.apps.gopherbot.feeds.goreleases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.apps.gopherbot.feeds.Feed;
import dev.gopherbot.apps.gopherbot.feeds.FeedHttp;
import dev.gopherbot.apps.gopherbot.feeds.FeedItem;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * New stable releases and release candidates of Go, from the download index ({@code go.dev/dl/?mode=json&include=all}),
 * announced oldest first with their release notes. The index has no dates and its releases come from several
 * branches at once (1.23.5 may follow 1.24rc1), so there is no single "newest" to keep: the cursor is the set of
 * releases already seen, space-separated. On the first poll every release counts as seen and old, so a new
 * deployment announces nothing it finds already there.
 */
public final class GoReleasesFeed implements Feed {
    private final GoReleasesSettings settings;
    private final FeedHttp http;
    private final Clock clock;

    public GoReleasesFeed(GoReleasesSettings settings, FeedHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public List<FeedItem> fetch(String cursor) throws Exception {
        return items(http.getJson(settings.url()), cursor, clock.instant());
    }

    static List<FeedItem> items(JsonNode index, String cursor, Instant now) throws IOException {
        if (!index.isArray()) {
            throw new IOException("the Go download index answered " + index.getNodeType() + ", expected a list");
        }
        Set<String> seen = new TreeSet<>(cursor == null || cursor.isBlank() ? List.of()
                : Arrays.asList(cursor.strip().split(" ")));
        List<GoVersion> fresh = new ArrayList<>();
        for (JsonNode release : index) {
            GoVersion.parse(release.path("version").asText(null))
                    .filter(v -> release.path("stable").asBoolean() || v.isCandidate())
                    .filter(v -> !seen.contains(v.name()))
                    .ifPresent(fresh::add);
        }
        fresh.sort(GoVersion.ORDER);
        // without a cursor nothing is known about when these came out: dated at the epoch, past any maximum age
        Instant publishedAt = cursor == null ? Instant.EPOCH : now;
        List<FeedItem> items = new ArrayList<>();
        for (GoVersion v : fresh) {
            seen.add(v.name());
            items.add(new FeedItem(v.name(), String.join(" ", seen), publishedAt, text(v), false));
        }
        return items;
    }

    private static String text(GoVersion v) {
        return v.isCandidate()
                ? ":gopher: " + v.shown() + " is out for testing. Draft release notes: " + v.releaseNotes()
                + "\nTry it: `go install golang.org/dl/" + v.name() + "@latest && " + v.name() + " download`"
                : ":gopher: " + v.shown() + " is released. Release notes: " + v.releaseNotes()
                + "\nDownloads: https://go.dev/dl/";
    }
}
