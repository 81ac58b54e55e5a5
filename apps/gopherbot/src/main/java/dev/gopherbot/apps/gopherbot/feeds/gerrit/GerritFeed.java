package dev.gopherbot.apps.gopherbot.feeds.gerrit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.apps.gopherbot.feeds.Feed;
import dev.gopherbot.apps.gopherbot.feeds.FeedHttp;
import dev.gopherbot.apps.gopherbot.feeds.FeedItem;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merged changes from the Gerrit REST API ({@code GET /changes/?q=status:merged&n=100}), announced oldest first with
 * project, subject and link. Gerrit sorts by last update, not by merge time, so the cursor is the merge time and number
 * of the newest change handled ({@code 2024-05-01T12:00:00Z|581234}) and the list is re-sorted here.
 *
 * <p>A replicated Gerrit can index a change a little after a later-merged one is already visible, so each poll looks
 * {@link #LOOK_BACK} behind the cursor as well; the feed's "announced" markers stop those changes from being posted
 * twice, and the cursor never moves backwards.
 */
public final class GerritFeed implements Feed {
    /** Gerrit prefixes every JSON body with this to defeat cross-site script inclusion. */
    static final String XSSI_PREFIX = ")]}'";
    static final Duration LOOK_BACK = Duration.ofMinutes(10);
    private static final DateTimeFormatter GERRIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS]");

    /** A merged change as far as the announcement needs it. */
    record Change(long number, String project, String branch, String subject, Instant submitted) {
        String cursor() {
            return submitted + "|" + number;
        }

        boolean after(Change other) {
            return ORDER.compare(this, other) > 0;
        }
    }

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::submitted)
            .thenComparingLong(Change::number);

    private final GerritSettings settings;
    private final FeedHttp http;

    public GerritFeed(GerritSettings settings, FeedHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public List<FeedItem> fetch(String cursor) throws Exception {
        URI uri = URI.create(settings.url() + "/changes/?q="
                + URLEncoder.encode(settings.query(), StandardCharsets.UTF_8) + "&n=" + settings.limit());
        String body = http.getText(uri);
        return items(FeedHttp.parse(uri, stripPrefix(body)), cursor, settings.url());
    }

    static String stripPrefix(String body) {
        String b = body.stripLeading();
        return b.startsWith(XSSI_PREFIX) ? b.substring(XSSI_PREFIX.length()) : b;
    }

    /** The merged changes after {@code cursor}, oldest first. */
    static List<FeedItem> items(JsonNode changes, String cursor, URI base) throws IOException {
        if (!changes.isArray()) {
            throw new IOException("Gerrit answered " + changes.getNodeType() + ", expected a list of changes");
        }
        Change last = parseCursor(cursor);
        Change revisitFrom = last == null ? null
                : new Change(0, "", "", "", last.submitted().minus(LOOK_BACK));
        List<Change> merged = new ArrayList<>();
        for (JsonNode c : changes) {
            Instant submitted = parseTime(c.path("submitted").asText(null));
            if (submitted == null || !"MERGED".equals(c.path("status").asText("MERGED"))) {
                continue;
            }
            Change change = new Change(c.path("_number").asLong(), c.path("project").asText("?"),
                    c.path("branch").asText(""), c.path("subject").asText(""), submitted);
            if (revisitFrom == null || change.after(revisitFrom)) {
                merged.add(change);
            }
        }
        merged.sort(ORDER);
        return merged.stream().map(c -> new FeedItem(Long.toString(c.number()),
                last != null && last.after(c) ? last.cursor() : c.cursor(), c.submitted(), text(c, base), false))
                .toList();
    }

    static String text(Change c, URI base) {
        String where = c.branch().isEmpty() || c.branch().equals("master") || c.branch().equals("main")
                ? c.project() : c.project() + "@" + c.branch();
        String link = base + "/c/" + c.project() + "/+/" + c.number();
        return "*[" + escape(where) + "]* " + escape(c.subject()) + " <" + link + "|CL " + c.number() + ">";
    }

    /** Slack mrkdwn: only these three characters need escaping in message text. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Change parseCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        int bar = cursor.lastIndexOf('|');
        try {
            return new Change(Long.parseLong(cursor.substring(bar + 1)), "", "", "",
                    Instant.parse(cursor.substring(0, bar)));
        } catch (RuntimeException e) {
            // an unreadable cursor is treated as none; the maximum age and the markers still prevent a flood
            return null;
        }
    }

    /** Gerrit timestamps are UTC, {@code 2024-05-01 12:34:56.000000000}. */
    static Instant parseTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(s, GERRIT_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
