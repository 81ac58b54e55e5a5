package dev.gopherbot.apps.timereport.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gopherbot.common.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code timereport/types.yaml}, collecting every problem with the entry named, so a contributor
 * sees all their mistakes at once: in {@code TypesFileTest} at build time, and at start, where a broken file stops
 * the process with the same lines.
 */
public final class TypesFile {
    public static final String RESOURCE = "timereport/types.yaml";
    /** What people type after {@code add}: short, lower case, no spaces (a space would split the command). */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,19}");
    static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+-]+:");
    /** Words the command already gives a meaning to in the type's position. */
    static final Set<String> RESERVED = Set.of("today", "help");
    private static final Set<String> FIELDS = Set.of("name", "description", "emoji");
    private static final int MAX_DESCRIPTION = 80;
    /** A key given twice in one mapping is a mistake (the second would silently win), so it is refused. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String fileName;
    private final List<String> problems = new ArrayList<>();

    private TypesFile(String fileName) {
        this.fileName = fileName;
    }

    /** The types shipped with the app. */
    public static ReportTypes loadDefault() {
        try (InputStream in = TypesFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ConfigException(List.of(RESOURCE + ": not found on the classpath"));
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(List.of(RESOURCE + ": could not be read: " + e.getMessage()));
        }
    }

    /** @throws ConfigException with one line per problem, each naming the file and the entry */
    public static ReportTypes parse(String fileName, String yaml) {
        TypesFile file = new TypesFile(fileName);
        List<ReportType> types = file.read(yaml);
        if (!file.problems.isEmpty()) {
            throw new ConfigException(file.problems);
        }
        return new ReportTypes(types);
    }

    private List<ReportType> read(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            problems.add(fileName + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return List.of();
        }
        if (root == null || root.isMissingNode() || root.isNull() || (root.isArray() && root.isEmpty())) {
            problems.add(fileName + ": no types: add at least one entry such as \"- name: vacation\"");
            return List.of();
        }
        if (!root.isArray()) {
            problems.add(fileName + ": expected a list of types, each starting with \"- name: \"");
            return List.of();
        }
        List<ReportType> types = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            entry(i + 1, root.get(i), seen).ifPresent(types::add);
        }
        return types;
    }

    private Optional<ReportType> entry(int index, JsonNode node, Map<String, Integer> seen) {
        String label = "entry " + index;
        if (!node.isObject()) {
            problems.add(fileName + ": " + label + ": expected fields such as \"name: vacation\", not "
                    + node.getNodeType().name().toLowerCase());
            return Optional.empty();
        }
        String name = text(node, "name");
        if (!name.isEmpty()) {
            label += " \"" + name + "\"";
        }
        int before = problems.size();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                problem(label, "unknown field \"" + field + "\" (a type has name, description and emoji)");
            }
        }
        if (name.isEmpty()) {
            problem(label, "missing \"name\"");
        } else if (!NAME.matcher(name).matches()) {
            problem(label, "name must be lower case letters, digits and dashes, 2-20 characters, starting with a "
                    + "letter (it is typed after /timereport add)");
        } else if (RESERVED.contains(name)) {
            problem(label, "\"" + name + "\" already means something in the command; choose another name");
        } else if (seen.putIfAbsent(name, index) != null) {
            problem(label, "duplicates the name of entry " + seen.get(name));
        }
        String description = text(node, "description");
        if (description.isBlank()) {
            problem(label, "missing \"description\" (help shows it)");
        } else if (description.length() > MAX_DESCRIPTION) {
            problem(label, "description is " + description.length() + " characters; keep it to "
                    + MAX_DESCRIPTION);
        }
        String emoji = text(node, "emoji");
        if (!emoji.isEmpty() && !EMOJI.matcher(emoji).matches()) {
            problem(label, "emoji must look like :palm_tree: (quote it in YAML: emoji: \":palm_tree:\")");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ReportType(name, description.strip(),
                emoji.isEmpty() ? Optional.empty() : Optional.of(emoji)));
    }

    private void problem(String label, String what) {
        problems.add(fileName + ": " + label + ": " + what);
    }

    private String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
