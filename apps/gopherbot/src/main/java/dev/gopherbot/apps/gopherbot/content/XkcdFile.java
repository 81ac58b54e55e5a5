package dev.gopherbot.apps.gopherbot.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** {@code xkcd.yaml}: one entry per comic, with the names people call it by. */
final class XkcdFile {
    static final Set<String> FIELDS = Set.of("comic", "names");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9'\\-]*");

    private XkcdFile() {
    }

    static XkcdNames read(YamlEntries file, String yaml) {
        Map<String, Integer> byName = new TreeMap<>();
        Map<String, String> claimedBy = new HashMap<>();
        List<JsonNode> nodes = file.read(yaml);
        int previous = 0;
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String comicText = node.path("comic").asText("");
            String entry = "entry " + (i + 1) + (comicText.isEmpty() ? "" : " (comic " + comicText + ")");
            file.checkFields(entry, node, FIELDS);
            if (!node.isObject()) {
                continue;
            }
            if (!node.has("comic")) {
                file.problem(entry, "\"comic\" is missing");
            }
            int comic = file.integer(entry, node, "comic", 0, 1, XkcdNames.HIGHEST_PLAUSIBLE);
            if (comic > 0 && comic <= previous) {
                file.problem(entry, "comic " + comic + " comes after comic " + previous + "; keep entries ordered by "
                        + "number (and one entry per comic)");
            }
            previous = Math.max(previous, comic);
            for (String name : file.strings(entry, node, "names", true)) {
                String key = XkcdNames.key(name);
                if (!NAME.matcher(key).matches()) {
                    file.problem(entry, "name \"" + name + "\" may only have letters, digits, spaces, hyphens "
                            + "and apostrophes");
                    continue;
                }
                String other = claimedBy.putIfAbsent(key, entry);
                if (other != null) {
                    file.problem(entry, "name \"" + key + "\" is already used by " + other);
                    continue;
                }
                if (comic > 0) {
                    byName.put(key, comic);
                }
            }
        }
        return file.problems().isEmpty() ? XkcdNames.of(byName) : null;
    }
}
