package dev.gopherbot.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names to offer when a lookup finds nothing: typos within a few edits, names with a word starting with the query
 * ("wait" → "WaitGroup"), and names that appear as whole words in the query ("goroutine pool" → "goroutine").
 */
final class Suggestions {

    static final int LIMIT = 3;

    /** A name or query shorter than this contains too little to count as a match by containment ("go" is in many). */
    private static final int MIN_CONTAINED_LENGTH = 3;

    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Candidate(String name, int distance) {
    }

    private static final Comparator<Candidate> CLOSEST_FIRST = Comparator.comparingInt(Candidate::distance)
            .thenComparing(c -> Names.key(c.name()))
            .thenComparing(Candidate::name);

    private Suggestions() {
    }

    /** Up to {@link #LIMIT} names, at most one per entry, closest first, ties in alphabetical order. */
    static List<String> closest(String queryKey, List<Term> terms) {
        if (queryKey.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Term term : terms) {
            // one name per entry: "TDD" and "test-driven development" would be the same suggestion twice
            term.names().stream()
                    .map(name -> new Candidate(name, EditDistance.between(queryKey, Names.key(name))))
                    .filter(c -> isClose(queryKey, Names.key(c.name()), c.distance()))
                    .min(CLOSEST_FIRST)
                    .ifPresent(candidates::add);
        }
        return candidates.stream().sorted(CLOSEST_FIRST).limit(LIMIT).map(Candidate::name).toList();
    }

    private static boolean isClose(String query, String name, int distance) {
        if (distance <= allowedEdits(query.length())) {
            return true;
        }
        // words, not letters: "err" should find "errgroup" and "sentinel error", not "deferred call"
        String queryWords = loose(query);
        String nameWords = loose(name);
        if (queryWords.length() < MIN_CONTAINED_LENGTH || nameWords.length() < MIN_CONTAINED_LENGTH) {
            return false;
        }
        boolean queryStartsAWordOfName = (" " + nameWords).contains(" " + queryWords);
        boolean nameIsWordsOfQuery = (" " + queryWords + " ").contains(" " + nameWords + " ");
        return queryStartsAWordOfName || nameIsWordsOfQuery;
    }

    /** Punctuation as spaces: "test driven" starts "test-driven development", "mutex" is a word of "sync.Mutex". */
    private static String loose(String key) {
        return PUNCTUATION.matcher(key).replaceAll(" ").strip();
    }

    /** One slip in a short word, more in a long one; "ctx" must not suggest every three-letter term. */
    private static int allowedEdits(int length) {
        if (length <= 4) {
            return 1;
        }
        return length <= 8 ? 2 : 3;
    }
}
