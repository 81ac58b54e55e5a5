package dev.gopherbot.apps.gopherbot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code parity.yaml}: every trigger of the original Go bot with the effect it must have, and the rows we added (the
 * format is described at the top of the file). Read here, run by {@code ParityIT}, rendered into the README by
 * {@code BehavioursTableTest}.
 */
final class ParityTable {
    static final String FILE = "parity.yaml";
    static final String START = "<!-- parity:start -->";
    static final String END = "<!-- parity:end -->";
    private static final Set<String> FIELDS = Set.of("say", "mention", "dm", "thread", "reacts", "answers", "nothing",
            "chance", "added");

    private ParityTable() {
    }

    record Row(int number, String say, boolean mention, boolean dm, boolean thread, List<String> reacts,
               List<String> answers, String chance, boolean added) {
        boolean nothing() {
            return reacts.isEmpty() && answers.isEmpty();
        }

        /** The odds of a {@code chance} row, e.g. {@code "1/150"} → 0.00667. */
        double odds() {
            String[] parts = chance.split("/");
            return Double.parseDouble(parts[0].strip()) / Double.parseDouble(parts[1].strip());
        }

        String where() {
            String place = dm ? "DM" : thread ? "thread" : "channel";
            return mention ? place + ", mentioning the bot" : place;
        }

        String effect() {
            if (!reacts.isEmpty()) {
                String emoji = String.join(" ", reacts.stream().map(e -> ":" + e + ":").toList());
                return "reacts " + emoji + (chance == null ? "" : ", " + chance.replace("/", " in ") + " times");
            }
            if (!answers.isEmpty()) {
                return "answer contains " + String.join(" or ", answers.stream().map(ParityTable::code).toList());
            }
            return "**no effect**";
        }

        @Override
        public String toString() {
            return "row " + number + ": \"" + say + "\" in a " + where();
        }
    }

    static List<Row> rows() {
        try (InputStream in = ParityTable.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            JsonNode nodes = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                rows.add(row(i + 1, nodes.get(i)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    private static Row row(int number, JsonNode n) {
        n.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(FILE + " row " + number + ": unknown field \"" + f + "\"");
            }
        });
        Row row = new Row(number, n.path("say").asText(), n.path("mention").asBoolean(), n.path("dm").asBoolean(),
                n.path("thread").asBoolean(), strings(n.get("reacts")), strings(n.get("answers")),
                n.hasNonNull("chance") ? n.get("chance").asText() : null, n.path("added").asBoolean());
        int effects = (row.reacts().isEmpty() ? 0 : 1) + (row.answers().isEmpty() ? 0 : 1)
                + (n.path("nothing").asBoolean() ? 1 : 0);
        if (row.say().isBlank() || effects != 1 || (row.chance() != null && row.reacts().isEmpty())) {
            throw new IllegalArgumentException(FILE + " row " + number + ": needs \"say\" and exactly one of reacts, "
                    + "answers or nothing (chance only with reacts)");
        }
        return row;
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> out = new ArrayList<>();
        node.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The README section: one line per row, then the counts. */
    static String render(List<Row> rows) {
        long added = rows.stream().filter(Row::added).count();
        StringBuilder out = new StringBuilder();
        out.append("Generated from `apps/gopherbot/src/test/resources/parity.yaml` and checked end to end by `ParityIT`: ")
                .append(rows.size() - added).append(" rows carry over the original bot's triggers, ").append(added)
                .append(" are ours (mostly *no effect*: where the bot stays quiet).\n\n");
        out.append("| message | where | effect | from |\n|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(cell(code(r.say()))).append(" | ").append(r.where()).append(" | ")
                    .append(cell(r.effect())).append(" | ").append(r.added() ? "added" : "original").append(" |\n");
        }
        return out.toString();
    }

    static String replaceIn(String readme, String section) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("README.md has no " + START + " … " + END + " section");
        }
        return readme.substring(0, start + START.length()) + "\n" + section + readme.substring(end);
    }

    private static String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
