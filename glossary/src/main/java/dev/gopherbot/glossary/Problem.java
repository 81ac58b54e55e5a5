package dev.gopherbot.glossary;

import java.util.Comparator;

/**
 * One broken rule, kept apart from the file name so the same rules can judge a candidate entry that has no file.
 *
 * @param line  1-based line in the file, or 0 when the problem belongs to the whole file
 * @param entry how the entry is named ({@code "goroutine"}, {@code entry 3}), or {@code null} for a file-level problem
 * @param rule  what is wrong, e.g. {@code alias "TDD" is the term itself}
 */
record Problem(int line, String entry, String rule) {

    /** File order reads best: a contributor fixes from the top down. */
    static final Comparator<Problem> BY_LINE = Comparator.comparingInt(Problem::line);

    static Problem ofFile(String rule) {
        return new Problem(0, null, rule);
    }

    static Problem atLine(int line, String rule) {
        return new Problem(line, null, rule);
    }

    /** {@code glossary.yaml:12: "tdd": alias "TDD" is the term itself}. */
    String render(String fileName) {
        String where = line > 0 ? fileName + ":" + line : fileName;
        return entry == null ? where + ": " + rule : where + ": " + entry + ": " + rule;
    }
}
