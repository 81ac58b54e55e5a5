package dev.gopherbot.apps.usersync.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What someone typed in the search box, as a PostgreSQL {@code tsquery} of word prefixes: {@code "ali lid"} finds
 * Alice Liddell ({@code ali:* & lid:*}). Only letters (with their accents) and digits survive, each run a word, so nothing typed can be
 * tsquery syntax ({@code & | ! ( ) : * '}); the result is still passed as a bound parameter, never spliced into SQL.
 */
public final class SearchTerms {
    /** More words than anyone types into a people search; the rest are ignored. */
    static final int MAX_WORDS = 8;
    /** A word prefix longer than any name part is not worth matching. */
    static final int MAX_WORD_LENGTH = 64;

    private SearchTerms() {
    }

    /** The tsquery text, or empty when nothing searchable was typed. */
    public static String tsquery(String typed) {
        if (typed == null) {
            return "";
        }
        return Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .limit(MAX_WORDS)
                .map(w -> w.codePoints().limit(MAX_WORD_LENGTH)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ":*")
                .collect(Collectors.joining(" & "));
    }
}
