package dev.gopherbot.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookup against a small glossary of its own, so editing the real content never breaks these tests. */
class GlossaryLookupTest {

    private static final Glossary GLOSSARY = Glossary.load("lookup.yaml", new StringReader("""
            - term: channel
              aliases: [chan]
              definition: a typed conduit between goroutines.

            - term: context
              aliases: [ctx, context.Context]
              definition: a value carrying a deadline and a cancellation signal.

            - term: defer
              definition: a statement that runs a call when the function returns.

            - term: go vet
              aliases: [vet]
              definition: a tool that reports suspicious constructs.

            - term: goroutine
              definition: a function running concurrently with other goroutines.

            - term: mutex
              aliases: [sync.Mutex]
              definition: a mutual exclusion lock.

            - term: test-driven development
              aliases: [TDD]
              definition: writing the failing test first.

            - term: WaitGroup
              aliases: [sync.WaitGroup]
              definition: a counter that lets one goroutine wait for others to finish.
            """));

    @ParameterizedTest(name = "\"{0}\" finds goroutine")
    @ValueSource(strings = {"goroutine", "Goroutine", "GOROUTINE", "  goroutine  ", "goroutine?", "goroutine ??",
            "`goroutine`", "\"goroutine\"", "'goroutine'", "“goroutine”", "`goroutine`?", " `Goroutine?` "})
    void theTermIsFoundIgnoringCaseWhitespaceQuotesAndATrailingQuestionMark(String query) {
        Lookup.Found found = assertInstanceOf(Lookup.Found.class, GLOSSARY.lookup(query));

        assertEquals("goroutine", found.term().term());
        assertNull(found.usedAlias());
    }

    @ParameterizedTest(name = "\"{0}\" is the alias \"{2}\" of \"{1}\"")
    @CsvSource({
            "tdd,                  test-driven development, TDD",
            "TDD?,                 test-driven development, TDD",
            "ctx,                  context,                 ctx",
            "Context.context,      context,                 context.Context",
            "sync.waitgroup,       WaitGroup,               sync.WaitGroup",
    })
    void anAliasFindsItsTermAndSaysWhichAliasWasUsedAsSpelledInTheGlossary(String query, String term, String alias) {
        Lookup.Found found = assertInstanceOf(Lookup.Found.class, GLOSSARY.lookup(query));

        assertEquals(term, found.term().term());
        assertEquals(alias, found.usedAlias());
    }

    @Test
    void innerWhitespaceRunsCountAsOneSpace() {
        Lookup.Found found = assertInstanceOf(Lookup.Found.class, GLOSSARY.lookup("go   vet"));

        assertEquals("go vet", found.term().term());
    }

    @ParameterizedTest(name = "\"{0}\" suggests [{1}]")
    @CsvSource(delimiter = '|', value = {
            "gorotuine        | goroutine",
            "goroutines       | goroutine",
            "chanel           | channel",
            "mutexes          | mutex",
            "deffer           | defer",
            "waitgroups       | WaitGroup",
            "wait             | WaitGroup",
            "goroutine leak   | goroutine",
            "test driven      | test-driven development",
            "contxt           | context",
            "fer              | ''",
            "context package  | context",
    })
    void anUnknownTermSuggestsTheClosestName(String query, String suggestion) {
        Lookup.NotFound notFound = assertInstanceOf(Lookup.NotFound.class, GLOSSARY.lookup(query));

        assertEquals(suggestion.isEmpty() ? List.of() : List.of(suggestion), notFound.suggestions());
    }

    @Test
    void suggestionsAreAtMostThreeClosestFirstThenAlphabetical() {
        Glossary near = Glossary.load("near.yaml", new StringReader("""
                - term: chan
                  definition: one edit from "chann".
                - term: change
                  definition: two edits from "chann".
                - term: channel
                  definition: two edits from "chann".
                - term: chant
                  definition: one edit from "chann".
                """));

        Lookup.NotFound notFound = assertInstanceOf(Lookup.NotFound.class, near.lookup("chann"));

        assertEquals(List.of("chan", "chant", "change"), notFound.suggestions());
    }

    @Test
    void aQueryContainedInSeveralNamesSuggestsEachEntryOnce() {
        Lookup.NotFound notFound = assertInstanceOf(Lookup.NotFound.class, GLOSSARY.lookup("sync"));

        // both aliases contain the query; the shorter one is fewer edits away, so it comes first
        assertEquals(List.of("sync.Mutex", "sync.WaitGroup"), notFound.suggestions());
    }

    @Test
    void theNotFoundQueryIsTheCleanedQueryInTheUsersSpelling() {
        Lookup.NotFound notFound = assertInstanceOf(Lookup.NotFound.class, GLOSSARY.lookup(" `Monad`? "));

        assertEquals("Monad", notFound.query());
        assertEquals(List.of(), notFound.suggestions());
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing and suggests nothing")
    @ValueSource(strings = {"", "   ", "?", "``", "zz"})
    void anEmptyOrMeaninglessQuerySuggestsNothing(String query) {
        Lookup.NotFound notFound = assertInstanceOf(Lookup.NotFound.class, GLOSSARY.lookup(query));

        assertEquals(List.of(), notFound.suggestions());
    }

    @Test
    void aNullQueryIsTreatedAsEmpty() {
        assertInstanceOf(Lookup.NotFound.class, GLOSSARY.lookup(null));
    }

    @Test
    void termsAreInFileOrder() {
        assertEquals(List.of("channel", "context", "defer", "go vet", "goroutine", "mutex",
                        "test-driven development", "WaitGroup"),
                GLOSSARY.terms().stream().map(Term::term).toList());
    }
}
