package dev.gopherbot.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's suggested entry is judged by the file's rules against the loaded glossary, except for the order. */
class GlossaryCandidateTest {

    private static final Glossary GLOSSARY = Glossary.load("candidate.yaml", new StringReader("""
            - term: goroutine
              definition: a function running concurrently with other goroutines.

            - term: test-driven development
              aliases: [TDD]
              definition: writing the failing test first.
            """));

    @Test
    void aGoodCandidateHasNoProblems() {
        Term candidate = new Term("channel", List.of("chan"), "a typed conduit between goroutines.",
                List.of("https://go.dev/ref/spec#Channel_types"));

        assertEquals(List.of(), GLOSSARY.problemsFor(candidate));
    }

    @Test
    void aCandidateThatSortsFirstIsNotAnOrderProblem() {
        assertEquals(List.of(), GLOSSARY.problemsFor(new Term("atomic", "an operation that cannot be interrupted.")));
    }

    @Test
    void aCandidateWhoseTermIsAlreadyDefinedIsRejected() {
        assertEquals(List.of("\"Goroutine\": term is already defined"),
                GLOSSARY.problemsFor(new Term("Goroutine", "a lightweight thread.")));
    }

    @Test
    void aCandidateWhoseTermIsAnExistingAliasIsRejected() {
        assertEquals(List.of("\"tdd\": term is already an alias of \"test-driven development\""),
                GLOSSARY.problemsFor(new Term("tdd", "writing the test first.")));
    }

    @Test
    void aCandidateAliasClashingWithAnExistingTermOrAliasIsRejected() {
        Term candidate = new Term("red-green-refactor", List.of("test-driven development", "tdd"),
                "the rhythm of writing a failing test, making it pass, then cleaning up.", List.of());

        assertEquals(List.of(
                        "\"red-green-refactor\": alias \"test-driven development\" duplicates term"
                                + " \"test-driven development\"",
                        "\"red-green-refactor\": alias \"tdd\" is already an alias of \"test-driven development\""),
                GLOSSARY.problemsFor(candidate));
    }

    @Test
    void aCandidateBreakingTheEntryRulesGetsEveryProblem() {
        Term candidate = new Term("channel ", List.of("channel", "ch", "ch"), "a\tconduit",
                List.of("javascript:alert(1)"));

        assertEquals(List.of(
                        "\"channel \": term has leading or trailing whitespace",
                        "\"channel \": alias \"channel\" is the term itself",
                        "\"channel \": alias \"ch\" is listed twice",
                        "\"channel \": definition contains a tab; use spaces",
                        "\"channel \": link \"javascript:alert(1)\" is not an absolute http(s) URL"),
                GLOSSARY.problemsFor(candidate));
    }

    @Test
    void aCandidateWithoutATermOrDefinitionSaysSoWithoutAName() {
        assertEquals(List.of("missing term", "definition is missing or empty"),
                GLOSSARY.problemsFor(new Term(null, null)));
    }

    @Test
    void aTooLongCandidateDefinitionIsRejected() {
        Term candidate = new Term("channel", "x".repeat(3_000));

        assertEquals(List.of("\"channel\": definition is 3,000 characters long; the limit is 2,500 so the reply"
                + " fits in one Slack message"), GLOSSARY.problemsFor(candidate));
    }
}
