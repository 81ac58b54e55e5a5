package dev.gopherbot.apps.gopherbot.feeds.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.apps.gopherbot.feeds.Feed;
import dev.gopherbot.apps.gopherbot.feeds.FeedHttp;
import dev.gopherbot.apps.gopherbot.feeds.FeedItem;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * New public posts of one account ({@code GET /api/v1/accounts/<id>/statuses?since_id=<cursor>}, replies and boosts
 * excluded), announced oldest first as a link that Slack unfurls. Status ids are snowflakes: numerically increasing
 * with time, so the cursor is simply the last id handled.
 */
public final class MastodonFeed implements Feed {
    static final int PAGE_SIZE = 40;

    private record Status(BigInteger id, Instant createdAt, String url, String acct, String accountUrl) {
    }

    private final MastodonSettings settings;
    private final FeedHttp http;

    public MastodonFeed(MastodonSettings settings, FeedHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public List<FeedItem> fetch(String cursor) throws Exception {
        String base = settings.url().toString().replaceAll("/+$", "");
        String uri = base + "/api/v1/accounts/" + settings.accountId()
                + "/statuses?exclude_replies=true&exclude_reblogs=true&limit=" + PAGE_SIZE;
        if (cursor != null) {
            uri += "&since_id=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        }
        URI u = URI.create(uri);
        return items(http.getJson(u), cursor);
    }

    /** The statuses newer than {@code cursor}, oldest first (the API answers newest first). */
    static List<FeedItem> items(JsonNode statuses, String cursor) throws IOException {
        if (!statuses.isArray()) {
            throw new IOException("Mastodon answered " + statuses.getNodeType() + ", expected a list of statuses");
        }
        BigInteger since = parseId(cursor);
        List<Status> fresh = new ArrayList<>();
        for (JsonNode s : statuses) {
            BigInteger id = parseId(s.path("id").asText(null));
            Instant created = parseTime(s.path("created_at").asText(null));
            String url = s.path("url").asText(s.path("uri").asText(null));
            if (id == null || created == null || url == null || (since != null && id.compareTo(since) <= 0)) {
                continue;
            }
            fresh.add(new Status(id, created, url, s.path("account").path("acct").asText(""),
                    s.path("account").path("url").asText("")));
        }
        fresh.sort(Comparator.comparing(Status::id));
        return fresh.stream().map(s -> new FeedItem(s.id().toString(), s.id().toString(), s.createdAt(), text(s),
                true)).toList();
    }

    private static String text(Status s) {
        String who = s.acct().isEmpty() ? "New post"
                : s.accountUrl().isEmpty() ? "New post from @" + s.acct()
                : "New post from <" + s.accountUrl() + "|@" + s.acct() + ">";
        return who + ": " + s.url();
    }

    private static BigInteger parseId(String id) {
        if (id == null || !id.matches("[0-9]+")) {
            return null;
        }
        return new BigInteger(id);
    }

    private static Instant parseTime(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
