package dev.gopherbot.glossary;

/**
 * An entry together with where it was read, so every message can point at it.
 *
 * @param position 1-based position in the list, used to name an entry that has no term
 * @param line     1-based line where the entry starts
 */
record SourceEntry(int position, int line, Term term) {

    String name() {
        return Names.ofEntry(term, position);
    }

    Problem problem(String rule) {
        return new Problem(line, name(), rule);
    }
}
