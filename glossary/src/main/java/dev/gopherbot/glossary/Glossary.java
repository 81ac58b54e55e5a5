package dev.gopherbot.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary: validated entries and lookup by term or alias. Immutable, so one instance can serve every thread.
 *
 * <p>There is no way to build a {@code Glossary} that skips validation: a bad entry fails at test time in CI, or at
 * boot with every problem listed, never halfway through answering a user.
 */
public final class Glossary {

    /** The classpath resource {@link #loadDefault()} reads; contributors edit {@code glossary/src/main/resources/}. */
    public static final String DEFAULT_RESOURCE = "glossary.yaml";

    private final List<Term> terms;
    private final Map<String, Lookup.Found> byName;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        Map<String, Lookup.Found> names = new HashMap<>();
        for (Term term : terms) {
            names.put(Names.key(term.term()), new Lookup.Found(term, null));
            for (String alias : term.aliases()) {
                names.put(Names.key(alias), new Lookup.Found(term, alias));
            }
        }
        this.byName = Map.copyOf(names);
    }

    /**
     * Reads and validates a glossary.
     *
     * @param fileName how messages name the file, e.g. {@code glossary.yaml}
     * @throws GlossaryException listing every problem, one per line
     */
    public static Glossary load(String fileName, Reader reader) {
        String text;
        try {
            text = readAll(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        GlossaryReader.Result read = GlossaryReader.read(text);
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(GlossaryRules.checkFile(read.entries()));
        if (!problems.isEmpty()) {
            List<String> messages = problems.stream()
                    .sorted(Problem.BY_LINE)
                    .map(problem -> problem.render(fileName))
                    .toList();
            throw new GlossaryException(fileName, messages);
        }
        return new Glossary(read.entries().stream().map(SourceEntry::term).toList());
    }

    /** Reads and validates a UTF-8 glossary; see {@link #load(String, Reader)}. */
    public static Glossary load(String fileName, InputStream in) {
        return load(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads and validates the glossary shipped in this module.
     *
     * @throws GlossaryException listing every problem, one per line
     */
    public static Glossary loadDefault() {
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return load(DEFAULT_RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Every entry, in file order (alphabetical). */
    public List<Term> terms() {
        return terms;
    }

    /**
     * Finds an entry by term or alias, ignoring case, surrounding whitespace, surrounding quotes or backticks and a
     * trailing {@code ?}; when nothing matches, offers up to three close names.
     */
    public Lookup lookup(String query) {
        String cleaned = Query.clean(query);
        String key = Names.key(cleaned);
        Lookup.Found found = byName.get(key);
        if (found != null) {
            return found;
        }
        return new Lookup.NotFound(cleaned, Suggestions.closest(key, terms));
    }

    /**
     * Judges a candidate entry (a user's suggestion) by the same rules as the file, against the entries already here.
     * The alphabetical order is not checked: where the entry goes is not the suggester's concern.
     *
     * @return one message per problem, e.g. {@code "tdd": alias "TDD" is the term itself}; empty when acceptable
     */
    public List<String> problemsFor(Term candidate) {
        return GlossaryRules.checkCandidate(candidate, byName);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
