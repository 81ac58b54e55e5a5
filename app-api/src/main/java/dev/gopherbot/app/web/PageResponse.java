package dev.gopherbot.app.web;

import java.util.Set;

/**
 * What a page answers: a document, its content type and its status. Only 200, 400, 403 and 404 exist, so each answer
 * has a truthful outcome in the gateway's metrics; a failure is an exception (500), and redirects are the gateway's
 * alone. Besides HTML a page may answer JSON (the same data for scripts, behind the same sign-in) or CSS (the
 * pages' stylesheet: the Content-Security-Policy allows no inline styles).
 *
 * @param body        a complete document; in HTML, every piece of user content passed through {@link Html#escape}
 * @param contentType {@link #HTML}, {@link #JSON} or {@link #CSS}
 */
public record PageResponse(int status, String body, String contentType) {
    public static final String HTML = "text/html; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";
    public static final String CSS = "text/css; charset=utf-8";
    private static final Set<Integer> STATUSES = Set.of(200, 400, 403, 404);
    private static final Set<String> CONTENT_TYPES = Set.of(HTML, JSON, CSS);

    public PageResponse {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("a page answers 200, 400, 403 or 404, not " + status);
        }
        if (body == null) {
            throw new IllegalArgumentException("body must not be null");
        }
        if (!CONTENT_TYPES.contains(contentType)) {
            throw new IllegalArgumentException("a page answers " + HTML + ", " + JSON + " or " + CSS + ", not "
                    + contentType);
        }
    }

    /** An HTML page. */
    public PageResponse(int status, String html) {
        this(status, html, HTML);
    }

    public static PageResponse ok(String html) {
        return new PageResponse(200, html);
    }

    public static PageResponse notFound(String html) {
        return new PageResponse(404, html);
    }

    /** A JSON document, e.g. {@code {"error":"…"}} with 400. */
    public static PageResponse json(int status, String json) {
        return new PageResponse(status, json, JSON);
    }

    public static PageResponse stylesheet(String css) {
        return new PageResponse(200, css, CSS);
    }
}
