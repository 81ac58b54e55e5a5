package dev.gopherbot.apps.gopherbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The glossary's rules, shown under the right input of the suggest modal. */
class SuggestionCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SuggestionCheck CHECK = new SuggestionCheck(Glossary.loadDefault());
    private static final String DEFINITION = "a constructor taking option functions that each set one field.";
    private static final String LINK = "https://dave.cheney.net/2014/10/17/functional-options-for-friendly-apis";

    @Test
    void aGoodSuggestionHasNoErrors() {
        assertEquals(Map.of(), CHECK.errors(view("functional options", "option functions, options pattern",
                DEFINITION, LINK)));
    }

    @Test
    void invisibleWhitespaceIsCleanedNotReported() {
        assertEquals(Map.of(), CHECK.errors(view("  functional options ", " option functions ,",
                DEFINITION + "  \n\tmore  ", " " + LINK + " ")));
    }

    /** One row per glossary rule a user can break from the modal: the error lands under the input it is about. */
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            ''         | ''         | ok | ''                  | term       | missing term
            goroutine  | ''         | ok | ''                  | term       | term is already defined
            chan       | ''         | ok | ''                  | term       | already an alias of "channel"
            fresh term | fresh term | ok | ''                  | aliases    | is the term itself
            fresh term | ft, FT     | ok | ''                  | aliases    | is listed twice
            fresh term | goroutine  | ok | ''                  | aliases    | duplicates term "goroutine"
            fresh term | chan       | ok | ''                  | aliases    | already an alias of "channel"
            fresh term | ''         | '' | ''                  | definition | definition is missing or empty
            fresh term | ''         | ok | ftp://example.com/x | link       | not an absolute http(s) URL
            fresh term | ''         | ok | go.dev/doc          | link       | not an absolute http(s) URL
            """)
    void eachRuleIsShownUnderItsInput(String term, String aliases, String definition, String link, String block,
                                      String expected) {
        Map<String, String> errors = CHECK.errors(view(term, aliases, definition.equals("ok") ? DEFINITION
                : definition, link));

        assertEquals(List.of(block), List.copyOf(errors.keySet()), errors.toString());
        assertTrue(errors.get(block).toLowerCase().contains(expected.toLowerCase()), errors.toString());
    }

    @Test
    void anOverlongDefinitionIsRefusedUnderTheDefinition() {
        Map<String, String> errors = CHECK.errors(view("fresh term", "", "a " + "very ".repeat(600), ""));
        assertTrue(errors.get(SuggestForm.DEFINITION).contains("the limit is 2,500"), errors.toString());
    }

    @Test
    void anOverlongTermIsRefusedUnderTheTerm() {
        Map<String, String> errors = CHECK.errors(view("x".repeat(61), "", DEFINITION, ""));
        assertTrue(errors.get(SuggestForm.TERM).toLowerCase().contains("at most 60 characters"), errors.toString());
    }

    @Test
    void severalProblemsAreShownTogetherInInputOrder() {
        Map<String, String> errors = CHECK.errors(view("goroutine", "goroutine", "", "nope"));
        assertEquals(List.of(SuggestForm.TERM, SuggestForm.ALIASES, SuggestForm.DEFINITION, SuggestForm.LINK),
                List.copyOf(errors.keySet()), errors.toString());
        assertTrue(Character.isUpperCase(errors.get(SuggestForm.TERM).charAt(0)));
    }

    static JsonNode view(String term, String aliases, String definition, String link) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SuggestForm.TERM, term);
        values.put(SuggestForm.ALIASES, aliases);
        values.put(SuggestForm.DEFINITION, definition);
        values.put(SuggestForm.LINK, link);
        try {
            return JSON.readTree(InteractivePayloads.viewSubmission("U0ALICE", SuggestForm.CALLBACK_ID, values,
                    "1.2.3")).path("view");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
