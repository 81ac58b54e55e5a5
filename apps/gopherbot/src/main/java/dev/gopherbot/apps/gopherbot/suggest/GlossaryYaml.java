package dev.gopherbot.apps.gopherbot.suggest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.gopherbot.glossary.Term;
import java.util.List;

/**
 * Writes entries the way glossary.yaml holds them, ready to paste: names as double-quoted scalars (always valid,
 * whatever a user typed), the definition as a {@code |} block like the file's own entries, or quoted when a block
 * could not hold it exactly. The output loads with {@code Glossary.load} (a test proves it).
 */
final class GlossaryYaml {
    private static final String ENTRY_INDENT = "  ";
    private static final String BLOCK_INDENT = "    ";

    private GlossaryYaml() {
    }

    static String entries(List<Term> terms) {
        StringBuilder yaml = new StringBuilder();
        for (Term term : terms) {
            if (!yaml.isEmpty()) {
                yaml.append('\n');
            }
            yaml.append(entry(term));
        }
        return yaml.toString();
    }

    static String entry(Term t) {
        StringBuilder yaml = new StringBuilder("- term: ").append(quoted(t.term())).append('\n');
        if (!t.aliases().isEmpty()) {
            yaml.append(ENTRY_INDENT).append("aliases: [")
                    .append(String.join(", ", t.aliases().stream().map(GlossaryYaml::quoted).toList())).append("]\n");
        }
        yaml.append(ENTRY_INDENT).append("definition:");
        if (fitsBlock(t.definition())) {
            yaml.append(" |\n");
            for (String line : t.definition().split("\n", -1)) {
                yaml.append(line.isEmpty() ? "" : BLOCK_INDENT + line).append('\n');
            }
        } else {
            yaml.append(' ').append(quoted(t.definition())).append('\n');
        }
        if (!t.links().isEmpty()) {
            yaml.append(ENTRY_INDENT).append("links:\n");
            t.links().forEach(link -> yaml.append(ENTRY_INDENT).append("  - ").append(quoted(link)).append('\n'));
        }
        return yaml.toString();
    }

    /**
     * A literal block keeps the text exactly when its first line does not start with a space (that would change
     * the indentation YAML detects), no line ends in whitespace (the file forbids it), and there are no control
     * characters a block cannot hold.
     */
    static boolean fitsBlock(String text) {
        if (text.isEmpty() || Character.isWhitespace(text.charAt(0)) || text.endsWith("\n")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                return false;
            }
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f);
    }

    /** A JSON string is a valid YAML double-quoted scalar, escapes included. */
    static String quoted(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
