package dev.gopherbot.apps.timereport.types;

import java.util.Optional;

/**
 * One kind of time people report, from {@code timereport/types.yaml}.
 *
 * @param name        what people type, e.g. {@code vacation}; also what the time-report API stores
 * @param description what help shows
 * @param emoji       shown next to the type in a month's list, e.g. {@code :palm_tree:}
 */
public record ReportType(String name, String description, Optional<String> emoji) {
}
