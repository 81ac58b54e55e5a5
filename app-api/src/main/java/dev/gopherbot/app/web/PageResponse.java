package dev.gopherbot.app.web;

import java.util.Set;

/**
 * What a page answers: an HTML document and its status. Only 200, 400, 403 and 404 exist, so each answer has a
 * truthful outcome in the gateway's metrics; a failure is an exception (500), and redirects are the gateway's alone.
 *
 * @param html a complete document, with every piece of user content passed through {@link Html#escape}
 */
public record PageResponse(int status, String html) {
    private static final Set<Integer> STATUSES = Set.of(200, 400, 403, 404);

    public PageResponse {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("a page answers 200, 400, 403 or 404, not " + status);
        }
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
    }

    public static PageResponse ok(String html) {
        return new PageResponse(200, html);
    }

    public static PageResponse notFound(String html) {
        return new PageResponse(404, html);
    }
}
