package dev.gopherbot.apps.usersync.directory;

import dev.gopherbot.app.web.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One request for a page of the directory, from the query string: {@code q} (search text), {@code deactivated=1}
 * (include deactivated accounts), and at most one of {@code after} / {@code before} (a {@link Cursor}).
 *
 * @param text the search text as typed (at most {@link #MAX_TEXT} characters)
 */
public record DirectoryQuery(String text, boolean deactivated, Optional<Cursor> after, Optional<Cursor> before) {
    /** Longer than any name, title and status together; the search box says so too. */
    public static final int MAX_TEXT = 100;

    /** A query string this directory does not understand; the message says what to fix. */
    public static final class BadQuery extends Exception {
        BadQuery(String message) {
            super(message);
        }
    }

    public static DirectoryQuery from(PageRequest request) throws BadQuery {
        String text = request.query("q").orElse("").strip();
        if (text.length() > MAX_TEXT) {
            throw new BadQuery("The search text is limited to " + MAX_TEXT + " characters.");
        }
        boolean deactivated = request.query("deactivated").map("1"::equals).orElse(false);
        Optional<Cursor> after = cursor(request, "after");
        Optional<Cursor> before = cursor(request, "before");
        if (after.isPresent() && before.isPresent()) {
            throw new BadQuery("A page is either after or before a position, not both.");
        }
        return new DirectoryQuery(text, deactivated, after, before);
    }

    /** The first page of everyone active. */
    public static DirectoryQuery everyone() {
        return new DirectoryQuery("", false, Optional.empty(), Optional.empty());
    }

    /** The tsquery for {@link #text}, empty when there is nothing to search for. */
    public String tsquery() {
        return SearchTerms.tsquery(text);
    }

    /** {@code path} with this search and filter, starting at the first page. */
    public String firstPage(String path) {
        return path + query("");
    }

    public String pageAfter(String path, Cursor cursor) {
        return path + query("after=" + cursor.encode());
    }

    public String pageBefore(String path, Cursor cursor) {
        return path + query("before=" + cursor.encode());
    }

    private String query(String position) {
        StringBuilder q = new StringBuilder();
        if (!text.isEmpty()) {
            q.append("&q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (deactivated) {
            q.append("&deactivated=1");
        }
        if (!position.isEmpty()) {
            q.append('&').append(position); // base64url needs no encoding
        }
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }

    private static Optional<Cursor> cursor(PageRequest request, String name) throws BadQuery {
        Optional<String> raw = request.query(name).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Cursor> cursor = Cursor.decode(raw.get());
        if (cursor.isEmpty()) {
            throw new BadQuery("This page link is damaged: start again from the first page.");
        }
        return cursor;
    }
}
