package dev.gopherbot.apps.gopherbot.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code responses.yaml}: canned texts. An entry with {@code command} answers when the message is exactly the command
 * or an alias (in a DM or when the bot is mentioned), addressed to the users the asker mentioned; an entry with
 * {@code contains} answers any message containing one of its triggers.
 */
final class ResponsesFile {
    static final Set<String> FIELDS = Set.of("command", "aliases", "contains", "description", "text", "unfurl");

    private ResponsesFile() {
    }

    static List<ReactionsFile.Loaded> read(YamlEntries entries, String yaml) {
        List<ReactionsFile.Loaded> out = new ArrayList<>();
        List<JsonNode> nodes = entries.read(yaml);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String entry = "entry " + (i + 1) + name(node);
            int before = entries.problems().size();
            entries.checkFields(entry, node, FIELDS);
            if (!node.isObject()) {
                continue;
            }
            boolean isCommand = node.has("command");
            if (isCommand == node.has("contains")) {
                entries.problem(entry, "give either \"command\" (answered when asked exactly) or \"contains\" "
                        + "(answered to any message containing it), not " + (isCommand ? "both" : "neither"));
                continue;
            }
            String command = isCommand ? entries.text(entry, node, "command", true) : null;
            List<String> aliases = entries.strings(entry, node, "aliases", false);
            if (!isCommand && node.has("aliases")) {
                entries.problem(entry, "\"aliases\" only applies to a \"command\"; list more triggers in \"contains\"");
            }
            List<String> contains = isCommand ? List.of() : entries.strings(entry, node, "contains", true);
            String description = entries.text(entry, node, "description", true);
            String text = entries.text(entry, node, "text", true);
            JsonNode unfurlNode = node.get("unfurl");
            if (unfurlNode != null && !unfurlNode.isBoolean()) {
                entries.problem(entry, "\"unfurl\" must be true or false");
            }
            if (entries.problems().size() > before) {
                continue;
            }
            Post post = Post.text(text.strip()).unfurled(unfurlNode != null && unfurlNode.asBoolean());
            String origin = entries.fileName() + " entry " + (i + 1);
            out.add(new ReactionsFile.Loaded(origin, isCommand
                    ? r -> r.command(command, aliases, description, ctx -> {
                        ctx.sayToMentioned(post);
                        return Outcome.done();
                    })
                    : r -> r.response(contains, post, description)));
        }
        return out;
    }

    private static String name(JsonNode node) {
        JsonNode c = node.has("command") ? node.path("command") : node.path("contains");
        String first = c.isArray() && !c.isEmpty() ? c.get(0).asText() : c.isTextual() ? c.asText() : "";
        return first.isEmpty() ? "" : " (\"" + first + "\")";
    }
}
