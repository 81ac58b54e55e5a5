package dev.gopherbot.glossary;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a glossary entry follows: for the whole file when it is loaded, and for one candidate entry (a user's
 * suggestion) checked against a loaded glossary. One set of rules, so both are judged alike.
 */
final class GlossaryRules {

    /**
     * Slack shows at most 3,000 characters in one section block; 500 of them are left for the reply around the
     * definition ("`alias`, or `term`, is …" and the mentioned users).
     */
    static final int MAX_DEFINITION_LENGTH = 2_500;

    private GlossaryRules() {
    }

    /** Every rule, including the ones that compare entries with each other and the alphabetical order. */
    static List<Problem> checkFile(List<SourceEntry> entries) {
        List<Problem> problems = new ArrayList<>();
        Map<String, SourceEntry> byTerm = new HashMap<>();
        for (SourceEntry entry : entries) {
            ownProblems(entry.term()).forEach(rule -> problems.add(entry.problem(rule)));
            if (entry.term().term().isBlank()) {
                continue;
            }
            SourceEntry first = byTerm.putIfAbsent(Names.key(entry.term().term()), entry);
            if (first != null) {
                problems.add(entry.problem("term duplicates " + Names.quoted(first.term().term())
                        + " on line " + first.line()));
            }
        }
        Map<String, SourceEntry> byAlias = new HashMap<>();
        for (SourceEntry entry : entries) {
            for (String alias : aliasesToCompare(entry.term())) {
                SourceEntry term = byTerm.get(Names.key(alias));
                SourceEntry owner = byAlias.putIfAbsent(Names.key(alias), entry);
                if (term != null) {
                    problems.add(entry.problem(aliasDuplicatesTerm(alias, term.term())));
                } else if (owner != null) {
                    problems.add(entry.problem(aliasIsAliasOf(alias, owner.term())));
                }
            }
        }
        problems.addAll(orderProblems(entries));
        return problems;
    }

    /**
     * The rules for one new entry against an existing glossary, without the alphabetical order: the bot, not the
     * contributor, decides where a suggested entry goes.
     *
     * @param names every name in the glossary, keyed by {@link Names#key}
     */
    static List<String> checkCandidate(Term candidate, Map<String, Lookup.Found> names) {
        List<String> problems = new ArrayList<>(ownProblems(candidate));
        if (!candidate.term().isBlank()) {
            Lookup.Found existing = names.get(Names.key(candidate.term()));
            if (existing != null && existing.viaAlias()) {
                problems.add("term is already an alias of " + Names.quoted(existing.term().term()));
            } else if (existing != null) {
                problems.add("term is already defined");
            }
        }
        for (String alias : aliasesToCompare(candidate)) {
            Lookup.Found existing = names.get(Names.key(alias));
            if (existing != null && existing.viaAlias()) {
                problems.add(aliasIsAliasOf(alias, existing.term()));
            } else if (existing != null) {
                problems.add(aliasDuplicatesTerm(alias, existing.term()));
            }
        }
        // a candidate has no position to name it by; without a term, the rule alone says what is wrong
        String prefix = candidate.term().isBlank() ? "" : Names.quoted(candidate.term()) + ": ";
        return problems.stream().map(rule -> prefix + rule).toList();
    }

    /** The rules that need nothing but the entry itself. */
    private static List<String> ownProblems(Term entry) {
        List<String> problems = new ArrayList<>();
        String termKey = Names.key(entry.term());
        if (entry.term().isBlank()) {
            problems.add("missing term");
        } else {
            whitespaceProblems("term", entry.term(), problems);
        }
        Set<String> seen = new HashSet<>();
        for (String alias : entry.aliases()) {
            String label = "alias " + Names.quoted(alias);
            if (alias.isBlank()) {
                problems.add("alias is empty");
                continue;
            }
            whitespaceProblems(label, alias, problems);
            if (Names.key(alias).equals(termKey)) {
                problems.add(label + " is the term itself");
            } else if (!seen.add(Names.key(alias))) {
                problems.add(label + " is listed twice");
            }
        }
        definitionProblems(entry.definition(), problems);
        for (String link : entry.links()) {
            if (!isAbsoluteHttpUrl(link)) {
                problems.add("link " + Names.quoted(link) + " is not an absolute http(s) URL");
            }
        }
        return problems;
    }

    private static void whitespaceProblems(String label, String value, List<String> problems) {
        if (value.indexOf('\t') >= 0) {
            problems.add(label + " contains a tab");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            problems.add(label + " contains a line break");
        }
        if (!value.equals(value.strip())) {
            problems.add(label + " has leading or trailing whitespace");
        }
    }

    private static void definitionProblems(String definition, List<String> problems) {
        if (definition.isBlank()) {
            problems.add("definition is missing or empty");
            return;
        }
        if (definition.length() > MAX_DEFINITION_LENGTH) {
            problems.add("definition is %,d characters long; the limit is %,d so the reply fits in one Slack message"
                    .formatted(definition.length(), MAX_DEFINITION_LENGTH));
        }
        if (definition.indexOf('\t') >= 0) {
            problems.add("definition contains a tab; use spaces");
        }
        String[] lines = definition.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                problems.add("definition line " + (i + 1) + " ends with whitespace");
            }
        }
    }

    private static boolean isAbsoluteHttpUrl(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Aliases worth comparing with other entries: those the entry's own rules did not already reject. */
    private static Set<String> aliasesToCompare(Term entry) {
        Set<String> keys = new HashSet<>();
        Set<String> aliases = new LinkedHashSet<>();
        String termKey = Names.key(entry.term());
        for (String alias : entry.aliases()) {
            String key = Names.key(alias);
            if (!alias.isBlank() && !key.equals(termKey) && keys.add(key)) {
                aliases.add(alias);
            }
        }
        return aliases;
    }

    private static String aliasDuplicatesTerm(String alias, Term other) {
        return "alias " + Names.quoted(alias) + " duplicates term " + Names.quoted(other.term());
    }

    private static String aliasIsAliasOf(String alias, Term other) {
        return "alias " + Names.quoted(alias) + " is already an alias of " + Names.quoted(other.term());
    }

    /** Neighbours out of order, each named with the entry it should precede, so the fix is a single move. */
    private static List<Problem> orderProblems(List<SourceEntry> entries) {
        List<Problem> problems = new ArrayList<>();
        SourceEntry previous = null;
        for (SourceEntry entry : entries) {
            if (entry.term().term().isBlank()) {
                continue;
            }
            if (previous != null && Names.key(previous.term().term()).compareTo(Names.key(entry.term().term())) > 0) {
                problems.add(entry.problem("out of alphabetical order: must come before "
                        + Names.quoted(previous.term().term()) + " on line " + previous.line()));
            }
            previous = entry;
        }
        return problems;
    }
}
