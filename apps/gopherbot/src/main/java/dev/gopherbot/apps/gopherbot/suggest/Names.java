package dev.gopherbot.apps.gopherbot.suggest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two names are the same, for community terms: as the glossary decides (case-insensitive, whitespace runs as
 * one space), so a community term is found by exactly the queries that would find it once it is in the file.
 */
final class Names {
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private Names() {
    }

    static String key(String name) {
        return WHITESPACE_RUN.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
