package dev.gopherbot.glossary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two names are "the same". Lookup and validation share this one definition so that the validator rejects
 * exactly the duplicates a lookup could not tell apart.
 */
final class Names {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private Names() {
    }

    /** Case-insensitive, with surrounding whitespace dropped and inner runs of whitespace read as one space. */
    static String key(String name) {
        return WHITESPACE_RUN.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** How an entry is named in a message: its quoted term, or its position when the term is missing. */
    static String ofEntry(Term term, int position) {
        return term.term().isBlank() ? "entry " + position : quoted(term.term());
    }

    static String quoted(String name) {
        return '"' + name + '"';
    }
}
