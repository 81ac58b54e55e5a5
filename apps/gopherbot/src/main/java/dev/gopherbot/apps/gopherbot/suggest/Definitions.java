package dev.gopherbot.apps.gopherbot.suggest;

import dev.gopherbot.app.message.Markup;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.Lookup;
import dev.gopherbot.glossary.Term;
import java.util.List;

/**
 * What {@code define} answers: the glossary first, then the community-approved terms not yet moved into the
 * glossary file. Once a maintainer adds a term to the file, the file's entry wins and the community one is no
 * longer consulted for that name.
 */
public final class Definitions {
    /** Where contributors learn to add a term by pull request. */
    static final String HOW_TO_ADD =
            "https://github.com/gobridge/gopherbot/blob/main/CONTRIBUTING.md#adding-a-glossary-term";

    /** A lookup's result. */
    public sealed interface Answer {
        /** From the glossary file. */
        record Official(Lookup.Found found) implements Answer {
        }

        /** A community-approved suggestion; {@code usedAlias} is the alias the query matched, or null. */
        record Community(Suggestion suggestion, String usedAlias) implements Answer {
        }

        record Unknown(Lookup.NotFound missing) implements Answer {
        }
    }

    private final Glossary glossary;
    private final CommunityTerms community;

    public Definitions(Glossary glossary, CommunityTerms community) {
        this.glossary = glossary;
        this.community = community;
    }

    /** The glossary file these definitions start from. */
    public Glossary glossary() {
        return glossary;
    }

    /** @throws io.lettuce.core.RedisException when the community terms cannot be read (the worker retries) */
    public Answer lookup(String query) {
        return switch (glossary.lookup(query)) {
            case Lookup.Found found -> new Answer.Official(found);
            case Lookup.NotFound missing -> missing.query().isEmpty() ? new Answer.Unknown(missing)
                    : community.approvedByName(missing.query())
                    .<Answer>map(s -> new Answer.Community(s, usedAlias(s, missing.query())))
                    .orElse(new Answer.Unknown(missing));
        };
    }

    /** The answer as Slack mrkdwn: "`TDD`, or `test-driven development`, is …", with links and provenance. */
    public static String text(Answer answer) {
        return switch (answer) {
            case Answer.Official o -> definition(o.found().term(), o.found().usedAlias());
            case Answer.Community c -> definition(c.suggestion().term(), c.usedAlias())
                    + "\n_Community-approved: suggested by <@" + c.suggestion().suggestedBy() + ">"
                    + c.suggestion().decidedBy().map(m -> ", approved by <@" + m + ">").orElse("")
                    + "; not yet in the glossary file._";
            case Answer.Unknown u -> unknown(u.missing());
        };
    }

    /** Glossary and suggested texts are plain mrkdwn: any {@code <} or {@code >} in them is literal, never a link. */
    private static String definition(Term term, String usedAlias) {
        String name = usedAlias != null ? "`" + Markup.escape(usedAlias) + "`, or `" + Markup.escape(term.term())
                + "`, is " : "`" + Markup.escape(term.term()) + "` is ";
        StringBuilder text = new StringBuilder(name).append(Markup.escape(term.definition().strip()));
        if (!term.links().isEmpty()) {
            text.append("\nMore: ").append(String.join(" · ", term.links()));
        }
        return text.toString();
    }

    private static String unknown(Lookup.NotFound missing) {
        StringBuilder text = new StringBuilder("I have no definition for `")
                .append(Markup.escape(missing.query())).append("` yet.");
        List<String> s = missing.suggestions();
        if (!s.isEmpty()) {
            List<String> quoted = s.stream().map(n -> "`" + n + "`").toList();
            text.append(" Did you mean ").append(quoted.size() == 1 ? quoted.getFirst()
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast())
                    .append("?");
        }
        return text.append(" Suggest it with `/gopher suggest`, or add it by pull request: ").append(HOW_TO_ADD)
                .toString();
    }

    private static String usedAlias(Suggestion s, String query) {
        String key = Names.key(query);
        return Names.key(s.term().term()).equals(key) ? null
                : s.term().aliases().stream().filter(a -> Names.key(a).equals(key)).findFirst().orElse(null);
    }
}
