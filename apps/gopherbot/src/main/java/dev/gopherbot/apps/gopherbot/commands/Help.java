package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.app.registry.InteractiveRegistry.SlashReg;
import dev.gopherbot.app.registry.Registration.CommandReg;
import dev.gopherbot.app.registry.Registration.PrefixReg;
import dev.gopherbot.app.registry.Registry;
import dev.gopherbot.app.slack.Post;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code help} (in a message) and {@code /gopher help}: generated from the app's registrations, so neither can drift
 * from what the bot does.
 */
public final class Help implements Feature {
    /** Above this many lines the list goes into an attachment, which Slack shows collapsed. */
    static final int MAX_INLINE_LINES = 12;

    private final AppDefinition app;
    private final String command;

    /** @param command the app's slash command, e.g. {@code /gopher} */
    public Help(AppDefinition app, String command) {
        this.app = app;
        this.command = command;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.command("help", List.of("commands", "what can you do"), "Lists what I can do", ctx -> {
            List<String> lines = lines(app.registry());
            String intro = "Mention me or send me a DM with one of these:";
            if (lines.size() <= MAX_INLINE_LINES) {
                ctx.say(intro + "\n" + String.join("\n", lines));
            } else {
                ctx.say(Post.text(intro).withAttachment("What I can do", String.join("\n", lines)));
            }
            return Outcome.done();
        });
        registrar.slash(command, "help", "help", "Lists these commands", ctx -> {
            ctx.respond(slashText(command, app.interactive().slashCommands(command)));
            return Outcome.done();
        });
    }

    /** Commands sorted by name with their aliases, then prefixes sorted. */
    static List<String> lines(Registry registry) {
        List<String> lines = new ArrayList<>();
        registry.commands().stream().sorted(Comparator.comparing(CommandReg::name)).forEach(c -> lines.add(
                "• `" + c.name() + "`" + aliases(c.aliases()) + ": " + c.description()));
        registry.prefixes().stream().sorted(Comparator.comparing(PrefixReg::usage)).forEach(p -> lines.add(
                "• `" + Markup.escape(p.usage()) + "`" + (p.anyMessage() ? " (no mention needed)" : "") + ": "
                        + p.description()));
        return lines;
    }

    /** The slash command's subcommands, in registration order. */
    static String slashText(String command, List<SlashReg> subcommands) {
        List<String> lines = new ArrayList<>();
        lines.add("*" + command + "* commands (only you see the answers):");
        for (SlashReg reg : subcommands) {
            lines.add("• `" + command + " " + reg.usage() + "`: " + reg.description());
        }
        lines.add("In a channel, mention me or send me a DM for the rest: `help` lists it.");
        return String.join("\n", lines);
    }

    private static String aliases(List<String> aliases) {
        if (aliases.isEmpty()) {
            return "";
        }
        return " (also " + String.join(", ", aliases.stream().sorted().map(a -> "`" + a + "`").toList()) + ")";
    }
}
