package dev.gopherbot.app.web;

import dev.gopherbot.common.web.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request for a page, as the page's handler sees it.
 *
 * @param viewer      who is signed in (already checked to belong to an allowed workspace)
 * @param path        the request path, e.g. {@code /web/directory}
 * @param queryParams every query parameter, each with all its values in order
 */
public record PageRequest(Viewer viewer, String path, Map<String, List<String>> queryParams) {

    public PageRequest {
        queryParams = Map.copyOf(queryParams);
    }

    /** The first value of query parameter {@code name}; untrusted input: pass it through {@link Html#escape}. */
    public Optional<String> query(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
