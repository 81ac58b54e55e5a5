package dev.gopherbot.apps.gopherbot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The code a message carries, as the author typed it. */
class CodeTextTest {
    @Test
    void fencedBlocksAreTheCodeAndTheProseAroundThemIsNot() {
        String raw = "Why does this fail?\n```\npackage main\n\nfunc main() {\n\tprintln(1)\n}\n```\nthanks!";
        assertEquals("package main\n\nfunc main() {\n\tprintln(1)\n}", CodeText.of(raw));
    }

    @Test
    void theProgramKeepsTheProseAroundTheCodeAsComments() {
        String raw = "Why does this fail?\nIt panics.\n```go\npackage main\n\nfunc main() {}\n```\nthanks <@U0BOB>!";
        assertEquals("// Why does this fail?\n// It panics.\n\npackage main\n\nfunc main() {}\n\n// thanks !",
                CodeText.program(raw));
    }

    @Test
    void withoutFencesTheProgramIsTheWholeMessage() {
        assertEquals("x := 1\ny := 2", CodeText.program("x := 1\ny := 2\n"));
    }

    @Test
    void severalBlocksAreJoinedWithABlankLine() {
        assertEquals("a := 1\n\nb := 2", CodeText.of("first ```a := 1``` then ```b := 2```"));
    }

    @Test
    void anUnclosedFenceRunsToTheEnd() {
        assertEquals("x := 1\ny := 2", CodeText.of("look\n```\nx := 1\ny := 2"));
    }

    @Test
    void withoutFencesTheWholeMessageIsTheCodeWithItsIndentation() {
        assertEquals("func f() {\n\t\tif x {\n    }\n}", CodeText.of("\n\nfunc f() {\n\t\tif x {\n    }\n}  \n\n"));
    }

    @Test
    void slacksEscapesAndLinksAreUndone() {
        String raw = "```if a &lt; b &amp;&amp; c &gt; d { get(\"<https://go.dev/x|go.dev/x>\", \"<https://a.b>\") }"
                + " // <@U0BOB> <#C0GENERAL|general> <!here>```";
        assertEquals("if a < b && c > d { get(\"go.dev/x\", \"https://a.b\") } //  #general @here",
                CodeText.of(raw));
    }

    @Test
    void aLanguageLineAfterTheFenceIsDropped() {
        assertEquals("package main", CodeText.of("```go\npackage main\n```"));
    }

    @Test
    void linesAreCounted() {
        assertEquals(0, CodeText.lines(CodeText.of("``` ```")));
        assertEquals(3, CodeText.lines("a\n\nb"));
    }
}
