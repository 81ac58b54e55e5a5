package dev.gopherbot.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * One glossary entry as written in {@code glossary.yaml}.
 *
 * <p>A {@code Term} may be invalid (a blank term, a bad link): it is also how a user-suggested entry reaches
 * {@link Glossary#problemsFor(Term)}, so the constructor only normalises {@code null}s and leaves judging to the rules.
 *
 * @param term       the name the entry is filed under, e.g. {@code goroutine}
 * @param aliases    other names that look the entry up, e.g. {@code TDD}; never {@code null}
 * @param definition Slack mrkdwn that reads after "{@code `term` is }", e.g. "a function running concurrently…"
 * @param links      absolute http(s) URLs to authoritative sources; never {@code null}
 */
public record Term(String term, List<String> aliases, String definition, List<String> links) {

    public Term {
        term = term == null ? "" : term;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        definition = definition == null ? "" : definition;
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Term(String term, String definition) {
        this(term, List.of(), definition, List.of());
    }

    /** The term followed by its aliases: every name a lookup resolves to this entry. */
    List<String> names() {
        List<String> names = new ArrayList<>(1 + aliases.size());
        names.add(term);
        names.addAll(aliases);
        return names;
    }
}
