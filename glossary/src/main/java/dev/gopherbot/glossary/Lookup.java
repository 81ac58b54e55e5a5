package dev.gopherbot.glossary;

import java.util.List;

/** What {@link Glossary#lookup(String)} found: the entry, or the closest names to offer instead. */
public sealed interface Lookup {

    /**
     * @param term      the entry
     * @param usedAlias the alias the query matched, spelled as in the glossary; {@code null} when it was the term
     */
    record Found(Term term, String usedAlias) implements Lookup {
        public boolean viaAlias() {
            return usedAlias != null;
        }
    }

    /**
     * @param query       the query as cleaned for lookup (no surrounding whitespace, quotes or trailing {@code ?})
     * @param suggestions up to three names (terms or aliases) close to the query, closest first; may be empty
     */
    record NotFound(String query, List<String> suggestions) implements Lookup {
        public NotFound {
            suggestions = List.copyOf(suggestions);
        }
    }
}
