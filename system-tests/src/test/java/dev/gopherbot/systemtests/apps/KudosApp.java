package dev.gopherbot.systemtests.apps;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The example app of CONTRIBUTING.md ("Write an app"): {@code /kudos give <name> [for …]} thanks someone in the
 * channel and counts it, {@code /kudos help} explains, and any message saying "kudos" gets a :tada:. One class, one
 * slash command checked in the gateway, a counter in Redis.
 */
public final class KudosApp implements App {
    public static final String NAME = "kudos";
    public static final String COMMAND = "/kudos";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(AppContext app) {
        app.add(r -> {
            r.slash(COMMAND, "help", "help", "Explains kudos", ctx -> {
                ctx.respond("Thank someone in public: `" + COMMAND + " give alice for the review`.");
                return Outcome.done();
            });
            r.slash(COMMAND, "give", "give <name> [for …]", "Thanks someone in the channel", ctx -> {
                String[] words = ctx.argument().split("\\s+", 2);
                long total = app.redis().incr(app.keys().of("count:" + words[0].toLowerCase(Locale.ROOT)));
                String why = words.length > 1 ? " " + words[1] : "";
                ctx.respond(Response.inChannel("<@" + ctx.userId() + "> gives kudos to " + words[0] + why
                        + " (" + total + " so far)"));
                return Outcome.done();
            });
            // answered in the gateway, at once: nothing is enqueued for a command that cannot work
            r.slashCheck(COMMAND, command -> command.subcommand().equals("give") && command.argument().isBlank()
                    ? Optional.of(Response.ephemeral("Whom? Try `" + COMMAND + " give alice for the review`."))
                    : Optional.empty());
            r.reaction(List.of("kudos"), List.of("tada"), "Cheers every kudos");
        });
    }
}
