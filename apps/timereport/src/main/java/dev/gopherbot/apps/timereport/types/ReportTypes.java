package dev.gopherbot.apps.timereport.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report types by name, in the data file's order (help lists them that way). */
public final class ReportTypes {
    private final Map<String, ReportType> byName = new LinkedHashMap<>();

    public ReportTypes(List<ReportType> types) {
        for (ReportType type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("report type \"" + type.name() + "\" given twice");
            }
        }
    }

    /** The type people mean by {@code word}, ignoring case. */
    public Optional<ReportType> find(String word) {
        return Optional.ofNullable(byName.get(word.toLowerCase(Locale.ROOT)));
    }

    public List<ReportType> all() {
        return List.copyOf(byName.values());
    }

    /** {@code vacation, sick, vab}: for help and for the answer to an unknown type. */
    public String names() {
        return String.join(", ", byName.keySet());
    }
}
