package dev.gopherbot.apps.gopherbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.Lookup;
import dev.gopherbot.glossary.Term;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What glossary-suggestions prints loads back, unchanged, through the glossary's own reader and rules. */
class GlossaryYamlTest {

    @Test
    void anEntryLooksLikeTheFilesOwn() {
        String yaml = GlossaryYaml.entry(new Term("goroutine leak", List.of("leaked goroutine"),
                "a goroutine that never ends.\nIt holds its stack forever.", List.of("https://go.dev/blog/pipelines")));

        assertEquals("""
                - term: "goroutine leak"
                  aliases: ["leaked goroutine"]
                  definition: |
                    a goroutine that never ends.
                    It holds its stack forever.
                  links:
                    - "https://go.dev/blog/pipelines"
                """, yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a plain definition.",
        "a: definition with a colon, # a hash and 'quotes' and \"double quotes\".",
        "a definition\n\nwith a blank line between paragraphs.",
        "a definition with `code: x` and unicode: é, 世界, 🐹.",
        "- a definition that starts like a list item.",
        "| a definition that starts like a block.",
        "a definition\n  with an indented second line.",
    })
    void whateverTheDefinitionItLoadsBackExactly(String definition) {
        Term term = new Term("zz: a \"tricky\" # term", List.of("zz alias", "zz-2: yes"), definition,
                List.of("https://example.com/a?b=c#d"));

        Glossary loaded = Glossary.load("printed.yaml", new StringReader(GlossaryYaml.entries(List.of(term))));

        Lookup.Found found = (Lookup.Found) loaded.lookup("zz alias");
        assertEquals(term, found.term());
    }

    @Test
    void aDefinitionABlockCannotHoldExactlyIsQuotedInstead() {
        assertFalse(GlossaryYaml.fitsBlock("  starts with spaces"));
        assertTrue(GlossaryYaml.fitsBlock("a normal\ndefinition"));
        String yaml = GlossaryYaml.entry(new Term("x", List.of(), "  indented first line", List.of()));
        assertTrue(yaml.contains("definition: \"  indented first line\""), yaml);
    }

    @Test
    void severalEntriesLoadAsAFileWithoutProblems() {
        List<Term> terms = List.of(new Term("alpha term", "an entry."), new Term("beta term", "another entry."));

        Glossary loaded = Glossary.load("printed.yaml", new StringReader(GlossaryYaml.entries(terms)));

        assertEquals(terms, loaded.terms());
    }
}
