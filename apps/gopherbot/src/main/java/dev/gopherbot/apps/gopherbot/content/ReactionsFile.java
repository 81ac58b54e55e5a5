package dev.gopherbot.apps.gopherbot.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.registry.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** {@code reactions.yaml}: trigger → emoji entries. The format is described at the top of the file. */
final class ReactionsFile {
    static final Set<String> FIELDS = Set.of("triggers", "emoji", "when", "chance", "description");

    private ReactionsFile() {
    }

    /** One registration per valid entry, with its origin; problems go to {@code entries}. */
    static List<Loaded> read(YamlEntries entries, String yaml) {
        List<Loaded> out = new ArrayList<>();
        List<JsonNode> nodes = entries.read(yaml);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String entry = "entry " + (i + 1) + name(node);
            int before = entries.problems().size();
            entries.checkFields(entry, node, FIELDS);
            if (!node.isObject()) {
                continue;
            }
            List<String> triggers = entries.strings(entry, node, "triggers", true);
            List<String> emoji = entries.strings(entry, node, "emoji", true);
            for (String e : emoji) {
                if (e.startsWith(":") || e.endsWith(":")) {
                    entries.problem(entry, "write emoji without colons: \"" + e.replace(":", "") + "\"");
                }
            }
            String whenText = node.path("when").asText("always").toLowerCase(Locale.ROOT);
            Registration.When when = switch (whenText) {
                case "always" -> Registration.When.ALWAYS;
                case "mentioned" -> Registration.When.MENTIONED;
                case "random" -> Registration.When.RANDOM;
                default -> {
                    entries.problem(entry, "\"when\" must be always, mentioned or random, not \"" + whenText + "\"");
                    yield Registration.When.ALWAYS;
                }
            };
            JsonNode chanceNode = node.get("chance");
            double chance = 1.0;
            if (when == Registration.When.RANDOM) {
                if (chanceNode == null || !chanceNode.isNumber() || chanceNode.asDouble() <= 0
                        || chanceNode.asDouble() > 1) {
                    entries.problem(entry, "with when: random, \"chance\" must be a number above 0 and at most 1");
                } else {
                    chance = chanceNode.asDouble();
                }
            } else if (chanceNode != null) {
                entries.problem(entry, "\"chance\" only applies with when: random");
            }
            String description = entries.text(entry, node, "description", false);
            if (entries.problems().size() > before) {
                continue;
            }
            String text = description != null ? description : describe(emoji, when, chance);
            double c = chance;
            String origin = entries.fileName() + " entry " + (i + 1);
            out.add(new Loaded(origin, r -> {
                switch (when) {
                    case ALWAYS -> r.reaction(triggers, emoji, text);
                    case MENTIONED -> r.reactionWhenMentioned(triggers, emoji, text);
                    case RANDOM -> r.reactionByChance(triggers, emoji, c, text);
                }
            }));
        }
        return out;
    }

    /** A registration read from a file: where it came from and how to register it. */
    record Loaded(String origin, Consumer<Registrar> registration) {
    }

    private static String describe(List<String> emoji, Registration.When when, double chance) {
        // the triggers are not repeated: help and the behaviours table show them next to the description
        String what = "reacts with " + String.join(" ", emoji.stream().map(e -> ":" + e + ":").toList());
        return switch (when) {
            case ALWAYS -> what;
            case MENTIONED -> what + " when mentioned";
            case RANDOM -> what + " (" + Math.round(chance * 100) + "% of the time)";
        };
    }

    private static String name(JsonNode node) {
        JsonNode t = node.path("triggers");
        String first = t.isArray() && !t.isEmpty() ? t.get(0).asText() : t.isTextual() ? t.asText() : "";
        return first.isEmpty() ? "" : " (\"" + first + "\")";
    }
}
