package dev.gopherbot.app.ingress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request to a webhook, framework-free.
 *
 * @param headers by lower-case name
 * @param body    the raw bytes, exactly as sent (signatures cover them)
 */
public record WebRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                         byte[] body, Instant receivedAt) {
    public WebRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /** The first value of a query parameter, or empty. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    /** A header by name (any case), or empty. */
    public String header(String name) {
        return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
