package dev.gopherbot.apps.gopherbot.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a data file that is a YAML list of entries, collecting every problem with the file and entry named, so a
 * contributor sees all their mistakes in one test run.
 */
final class YamlEntries {
    /** A key given twice in one mapping is a mistake (the second would silently win), so it is refused. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String fileName;
    private final List<String> problems = new ArrayList<>();

    YamlEntries(String fileName) {
        this.fileName = fileName;
    }

    List<JsonNode> read(String yaml) {
        JsonNode root = parse(yaml);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isArray()) {
            problems.add(fileName + ": expected a list of entries, each starting with \"- \"");
            return List.of();
        }
        List<JsonNode> entries = new ArrayList<>();
        root.forEach(entries::add);
        return entries;
    }

    /** A file of named settings (a YAML mapping at the top) rather than a list; null after a reported problem. */
    JsonNode readMapping(String yaml) {
        JsonNode root = parse(yaml);
        if (root == null || !root.isObject()) {
            if (problems.isEmpty()) {
                problems.add(fileName + ": expected settings such as \"name: value\" at the top, not "
                        + (root == null || root.isMissingNode() || root.isNull() ? "an empty file" : "a list"));
            }
            return null;
        }
        return root;
    }

    private JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            problems.add(fileName + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}, or {@code defaultValue} when absent. */
    int integer(String entry, JsonNode node, String field, int defaultValue, int min, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            problem(entry, "\"" + field + "\" must be a whole number from " + min + " to " + max + ", not "
                    + v.toString());
            return defaultValue;
        }
        return v.asInt();
    }

    /** Reports fields an entry may not have (usually a typo), naming the ones it may. */
    void checkFields(String entry, JsonNode node, Set<String> known) {
        if (!node.isObject()) {
            problem(entry, "expected fields such as " + String.join(", ", sorted(known)));
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                problem(entry, "unknown field \"" + field + "\" (expected " + String.join(", ", sorted(known)) + ")");
            }
        }
    }

    /** A list of non-empty strings; a single string is accepted as a list of one. */
    List<String> strings(String entry, JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(entry, "\"" + field + "\" is missing");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isTextual() && !item.isNumber()) {
                    problem(entry, "\"" + field + "\" must be a list of texts");
                    return List.of();
                }
                out.add(item.asText());
            }
        } else {
            problem(entry, "\"" + field + "\" must be a text or a list of texts");
            return List.of();
        }
        if (out.stream().anyMatch(String::isBlank)) {
            problem(entry, "\"" + field + "\" has an empty item");
        }
        if (required && out.isEmpty()) {
            problem(entry, "\"" + field + "\" is empty");
        }
        return out;
    }

    String text(String entry, JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(entry, "\"" + field + "\" is missing");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(entry, "\"" + field + "\" must be a non-empty text");
            return null;
        }
        return v.asText();
    }

    /** Reports a problem with one entry (or section); a null {@code entry} means the file's top level. */
    void problem(String entry, String problem) {
        problems.add(fileName + ": " + (entry == null ? "" : entry + ": ") + problem);
    }

    void problem(String line) {
        problems.add(line);
    }

    List<String> problems() {
        return problems;
    }

    String fileName() {
        return fileName;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
