package dev.gopherbot.apps.usersync.directory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the directory's order, {@code (sort_name, id)}: the next page starts after one, the previous page
 * ends before one (keyset pagination: each page is an index range, however deep). In URLs as base64url, so it needs
 * no escaping; what comes back is untrusted and only ever used as a bound parameter.
 */
public record Cursor(String sortName, String id) {
    private static final int MAX_LENGTH = 1024;

    public String encode() {
        String raw = sortName + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when {@code text} is not a cursor this page wrote. */
    public static Optional<Cursor> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int newline = raw.lastIndexOf('\n');
        if (newline < 0 || newline == raw.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Cursor(raw.substring(0, newline), raw.substring(newline + 1)));
    }
}
