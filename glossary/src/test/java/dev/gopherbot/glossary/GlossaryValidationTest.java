package dev.gopherbot.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule has a small bad file under {@code src/test/resources/bad/} and the exact message a contributor sees. */
class GlossaryValidationTest {

    static Stream<Arguments> badFiles() {
        return Stream.of(
                arguments("duplicate-term.yaml", List.of(
                        "duplicate-term.yaml:4: \"Goroutine\": term duplicates \"goroutine\" on line 1")),
                arguments("alias-listed-twice.yaml", List.of(
                        "alias-listed-twice.yaml:1: \"test-driven development\": alias \"tdd\" is listed twice")),
                arguments("alias-is-own-term.yaml", List.of(
                        "alias-is-own-term.yaml:1: \"goroutine\": alias \"Goroutine\" is the term itself")),
                arguments("alias-duplicates-term.yaml", List.of(
                        "alias-duplicates-term.yaml:1: \"tdd\": alias \"test-driven development\" duplicates term"
                                + " \"test-driven development\"")),
                arguments("alias-duplicates-alias.yaml", List.of(
                        "alias-duplicates-alias.yaml:5: \"context.Context\": alias \"ctx\" is already an alias of"
                                + " \"context\"")),
                arguments("empty-alias.yaml", List.of(
                        "empty-alias.yaml:1: \"goroutine\": alias is empty")),
                arguments("empty-definition.yaml", List.of(
                        "empty-definition.yaml:1: \"goroutine\": definition is missing or empty")),
                arguments("missing-definition.yaml", List.of(
                        "missing-definition.yaml:1: \"goroutine\": definition is missing or empty")),
                arguments("missing-term.yaml", List.of(
                        "missing-term.yaml:4: entry 2: missing term")),
                arguments("out-of-order.yaml", List.of(
                        "out-of-order.yaml:7: \"defer\": out of alphabetical order: must come before \"goroutine\""
                                + " on line 4")),
                arguments("bad-links.yaml", List.of(
                        "bad-links.yaml:1: \"goroutine\": link \"go.dev/doc/effective_go\" is not an absolute"
                                + " http(s) URL",
                        "bad-links.yaml:1: \"goroutine\": link \"ftp://go.dev/spec\" is not an absolute http(s) URL",
                        "bad-links.yaml:1: \"goroutine\": link \"https://go.dev/a page with spaces\" is not an"
                                + " absolute http(s) URL")),
                arguments("definition-too-long.yaml", List.of(
                        "definition-too-long.yaml:1: \"goroutine\": definition is 2,501 characters long; the limit"
                                + " is 2,500 so the reply fits in one Slack message")),
                arguments("tab.yaml", List.of(
                        "tab.yaml:1: \"goroutine\": definition contains a tab; use spaces",
                        "tab.yaml:4: tab character; indent with spaces")),
                arguments("trailing-whitespace.yaml", List.of(
                        "trailing-whitespace.yaml:1: \"goroutine\": definition line 1 ends with whitespace",
                        "trailing-whitespace.yaml:3: trailing whitespace")),
                arguments("term-whitespace.yaml", List.of(
                        "term-whitespace.yaml:1: \"goroutine \": term has leading or trailing whitespace",
                        "term-whitespace.yaml:1: \"goroutine \": alias \" gr\" has leading or trailing whitespace",
                        "term-whitespace.yaml:1: \"goroutine \": alias \"go\tstatement\" contains a tab")),
                arguments("unknown-key.yaml", List.of(
                        "unknown-key.yaml:2: \"test-driven development\": unknown key \"alias\" (did you mean"
                                + " \"aliases\"?)",
                        "unknown-key.yaml:4: \"test-driven development\": unknown key \"see-also\" (known keys:"
                                + " term, aliases, definition, links)")),
                arguments("duplicate-key.yaml", List.of(
                        "duplicate-key.yaml:3: \"goroutine\": key \"definition\" appears twice")),
                arguments("syntax-error.yaml", List.of(
                        "syntax-error.yaml:5: YAML syntax error: mapping values are not allowed here")),
                arguments("tab-indentation.yaml", List.of(
                        "tab-indentation.yaml:2: tab character; indent with spaces",
                        "tab-indentation.yaml:2: YAML syntax error: found character '\\t(TAB)' that cannot start any"
                                + " token. (Do not use \\t(TAB) for indentation)")),
                arguments("unclosed-quote.yaml", List.of(
                        "unclosed-quote.yaml:6: YAML syntax error: found unexpected end of stream (while scanning a"
                                + " quoted scalar started on line 2)")),
                arguments("not-a-list.yaml", List.of(
                        "not-a-list.yaml:1: expected a list of entries, each starting with \"- term:\"")),
                arguments("entry-not-a-mapping.yaml", List.of(
                        "entry-not-a-mapping.yaml:3: entry 2: expected keys term, aliases, definition and links"
                                + " (did you forget \"term:\"?)")),
                arguments("wrong-types.yaml", List.of(
                        "wrong-types.yaml:1: entry 1: term must be text, not a list",
                        "wrong-types.yaml:1: entry 1: missing term",
                        "wrong-types.yaml:1: entry 1: definition is missing or empty",
                        "wrong-types.yaml:2: entry 1: aliases must be a list, e.g. aliases: [\"…\"]",
                        "wrong-types.yaml:3: entry 1: definition must be text, not a mapping",
                        "wrong-types.yaml:5: entry 1: links must be a list, e.g. links: [\"…\"]")),
                arguments("empty.yaml", List.of(
                        "empty.yaml: the file has no entries; expected a list of entries, each starting with"
                                + " \"- term:\"")),
                arguments("several-problems.yaml", List.of(
                        "several-problems.yaml:6: \"channel\": definition is missing or empty",
                        "several-problems.yaml:6: \"channel\": alias \"gr\" is already an alias of \"goroutine\"",
                        "several-problems.yaml:6: \"channel\": out of alphabetical order: must come before"
                                + " \"goroutine\" on line 2",
                        "several-problems.yaml:10: \"defer\": link \"effective_go\" is not an absolute http(s) URL",
                        "several-problems.yaml:11: \"defer\": unknown key \"alias\" (did you mean \"aliases\"?)")));
    }

    @ParameterizedTest(name = "{0} is rejected with a pointed message")
    @MethodSource("badFiles")
    void aBadFileIsRejectedWithEveryProblemNamingTheFileTheEntryAndTheRule(String file, List<String> expected) {
        GlossaryException e = assertThrows(GlossaryException.class, () -> load(file));

        assertEquals(expected, e.problems());
    }

    @Test
    void theExceptionMessageCountsTheProblemsAndListsOnePerLine() {
        GlossaryException e = assertThrows(GlossaryException.class, () -> load("several-problems.yaml"));

        List<String> lines = e.getMessage().lines().toList();
        assertEquals("several-problems.yaml has 5 problems:", lines.getFirst());
        assertEquals(e.problems(), lines.subList(1, lines.size()));
    }

    @Test
    void windowsLineEndingsAreNotTrailingWhitespace() {
        String yaml = "- term: goroutine\r\n  definition: |\r\n    a function running concurrently.\r\n";

        Glossary glossary = Glossary.load("crlf.yaml", new StringReader(yaml));

        assertEquals("a function running concurrently.", glossary.terms().getFirst().definition());
    }

    @Test
    void aDefinitionOfExactlyTheLimitIsAccepted() {
        String yaml = "- term: goroutine\n  definition: " + "x".repeat(GlossaryRules.MAX_DEFINITION_LENGTH) + "\n";

        Glossary glossary = Glossary.load("limit.yaml", new StringReader(yaml));

        assertEquals(GlossaryRules.MAX_DEFINITION_LENGTH, glossary.terms().getFirst().definition().length());
    }

    private static Glossary load(String file) {
        InputStream in = GlossaryValidationTest.class.getResourceAsStream("/bad/" + file);
        if (in == null) {
            throw new IllegalArgumentException("no test resource bad/" + file);
        }
        return Glossary.load(file, in);
    }
}
