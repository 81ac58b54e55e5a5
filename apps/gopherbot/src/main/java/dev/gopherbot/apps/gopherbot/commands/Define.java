package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.apps.gopherbot.suggest.Definitions;
import dev.gopherbot.glossary.Lookup;
import dev.gopherbot.glossary.Term;
import java.util.List;

/**
 * {@code define <term>} (in a message, answered in the channel) and {@code /gopher define <term>} (answered to the
 * asker only): answers from the glossary (or a community-approved term, see {@code suggest}), addressed
 * to the people the asker mentioned, e.g.
 * "{@code `TDD`, or `test-driven development`, is the practice of…}". An unknown term gets the closest names and a
 * pointer to how to add one.
 */
public final class Define implements Feature {
    /** Where contributors learn to add a term (the repository app.json names). */
    static final String HOW_TO_ADD =
            "https://github.com/gobridge/gopherbot/blob/main/CONTRIBUTING.md#adding-a-glossary-term";

    static final String NOT_SURE_IF = ":notsureif:";
    private static final String DESCRIPTION = "Explains a Go or programming term from the community glossary";

    private final Definitions definitions;
    private final String command;

    /** @param command the app's slash command, e.g. {@code /gopher} */
    public Define(Definitions definitions, String command) {
        this.definitions = definitions;
        this.command = command;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.prefix("define ", "define <term>", DESCRIPTION, this::define);
        registrar.slash(command, "define", "define <term>", DESCRIPTION, ctx -> {
            ctx.respond(ctx.argument().isBlank() ? "Tell me which term, e.g. `" + command
                    + " define goroutine`." : Definitions.text(definitions.lookup(ctx.argument())));
            return Outcome.done();
        });
    }

    private Outcome define(MessageContext ctx, String argument) {
        if (argument.isBlank()) {
            ctx.reply("Tell me which term, e.g. `define goroutine`.");
            return Outcome.done();
        }
        if (argument.strip().equalsIgnoreCase("define")) {
            ctx.reply(NOT_SURE_IF); // the original bot's easter egg, kept: people try it
            return Outcome.done();
        }
        ctx.sayToMentioned(switch (definitions.lookup(argument)) {
            case Definitions.Answer.Official official -> definition(official.found());
            // approved through /gopher suggest, not yet moved into glossary.yaml (docs/interactivity.md)
            case Definitions.Answer.Community community -> Definitions.text(community);
            case Definitions.Answer.Unknown unknown -> notFound(unknown.missing());
        });
        return Outcome.done();
    }

    static String definition(Lookup.Found found) {
        Term term = found.term();
        // glossary texts are plain mrkdwn (links live in their own field), so any < or > in them is literal
        String name = found.viaAlias() ? "`" + Markup.escape(found.usedAlias()) + "`, or `" + Markup.escape(term.term())
                + "`, is " : "`" + Markup.escape(term.term()) + "` is ";
        StringBuilder text = new StringBuilder(name).append(Markup.escape(term.definition().strip()));
        if (!term.links().isEmpty()) {
            text.append("\nMore: ").append(String.join(" · ", term.links()));
        }
        return text.toString();
    }

    static String notFound(Lookup.NotFound missing) {
        StringBuilder text = new StringBuilder("I have no definition for `").append(Markup.escape(missing.query())).append("` yet.");
        List<String> s = missing.suggestions();
        if (!s.isEmpty()) {
            List<String> quoted = s.stream().map(n -> "`" + Markup.escape(n) + "`").toList();
            text.append(" Did you mean ").append(quoted.size() == 1 ? quoted.getFirst()
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast())
                    .append("?");
        }
        return text.append(" Glossary entries are contributed by pull request: ").append(HOW_TO_ADD).toString();
    }
}
