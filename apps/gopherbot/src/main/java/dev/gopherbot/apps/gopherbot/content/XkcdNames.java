package dev.gopherbot.apps.gopherbot.content;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names for xkcd comics people quote often ({@code xkcd:standards} for 927), from {@code xkcd.yaml}. A name is
 * compared ignoring case, with spaces, hyphens and underscores alike ({@code bobby tables} = {@code bobby-tables}).
 */
public record XkcdNames(SortedMap<String, Integer> byName) {
    /** xkcd numbers its comics upward from 1, about three a week; anything above this is a typo, not a comic. */
    public static final int HIGHEST_PLAUSIBLE = 99_999;

    public XkcdNames {
        byName = Collections.unmodifiableSortedMap(new TreeMap<>(byName));
    }

    public static XkcdNames of(Map<String, Integer> byName) {
        return new XkcdNames(new TreeMap<>(byName));
    }

    public Optional<Integer> number(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The form names are stored in and shown with: lower case words joined by hyphens. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "-");
    }
}
