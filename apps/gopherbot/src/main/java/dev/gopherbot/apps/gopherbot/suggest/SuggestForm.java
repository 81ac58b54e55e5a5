package dev.gopherbot.apps.gopherbot.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "suggest a glossary term" modal as a wire contract: the consumer builds the modal with these ids, the gateway
 * validates a submission synchronously by them, and the consumer reads the accepted submission with {@link #read}.
 * Each input's block id and action id are the same name, so an error keyed by block id lands under its input.
 */
public final class SuggestForm {
    public static final String CALLBACK_ID = "glossary_suggest";
    public static final String TERM = "term";
    public static final String ALIASES = "aliases";
    public static final String DEFINITION = "definition";
    public static final String LINK = "link";

    /** Input limits the modal enforces in the client; the gateway enforces them again on what arrives. */
    public static final int MAX_TERM = 60;
    public static final int MAX_ALIASES = 200;
    public static final int MAX_DEFINITION = 2_500;
    public static final int MAX_LINK = 300;

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+(?=\n|$)");

    private SuggestForm() {
    }

    /**
     * What the suggester typed, with invisible whitespace cleaned rather than reported (a Slack user cannot see a
     * trailing space the glossary file forbids): fields stripped, tabs as spaces, no whitespace at line ends.
     *
     * @param aliases the comma-separated aliases field, split, each stripped, empty ones dropped
     * @param links   the link field as a list of zero or one
     */
    public record Fields(String term, List<String> aliases, String definition, List<String> links) {
        public Fields {
            aliases = List.copyOf(aliases);
            links = List.copyOf(links);
        }
    }

    /** Reads the inputs from a {@code view_submission}'s {@code view}; a missing input reads as empty. */
    public static Fields read(JsonNode view) {
        JsonNode values = view.path("state").path("values");
        String link = value(values, LINK).strip();
        return new Fields(value(values, TERM).strip(), splitAliases(value(values, ALIASES)),
                cleanDefinition(value(values, DEFINITION)), link.isEmpty() ? List.of() : List.of(link));
    }

    static String cleanDefinition(String text) {
        return TRAILING_SPACE.matcher(text.replace("\r\n", "\n").replace('\t', ' ')).replaceAll("").strip();
    }

    /** {@code "TDD, test-driven dev,"} → {@code [TDD, test-driven dev]}. */
    public static List<String> splitAliases(String field) {
        List<String> aliases = new ArrayList<>();
        for (String part : field.split(",")) {
            if (!part.isBlank()) {
                aliases.add(part.strip());
            }
        }
        return aliases;
    }

    private static String value(JsonNode values, String id) {
        JsonNode v = values.path(id).path(id).path("value");
        return v.isTextual() ? v.asText() : "";
    }
}
