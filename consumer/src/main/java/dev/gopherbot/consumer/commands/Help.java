package dev.gopherbot.consumer.commands;

import dev.gopherbot.consumer.message.Markup;
import dev.gopherbot.consumer.registry.Command;
import dev.gopherbot.consumer.registry.Outcome;
import dev.gopherbot.consumer.registry.Post;
import dev.gopherbot.consumer.registry.Registrar;
import dev.gopherbot.consumer.registry.Registration.CommandReg;
import dev.gopherbot.consumer.registry.Registration.PrefixReg;
import dev.gopherbot.consumer.registry.Registry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code help}: generated from the registry, so it cannot drift from what the bot does. */
final class Help implements Command {
    /** Above this many lines the list goes into an attachment, which Slack shows collapsed. */
    static final int MAX_INLINE_LINES = 12;

    private final Registry registry;

    Help(Registry registry) {
        this.registry = registry;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.command("help", List.of("commands", "what can you do"), "Lists what I can do", ctx -> {
            List<String> lines = lines(registry);
            String intro = "Mention me or send me a DM with one of these:";
            if (lines.size() <= MAX_INLINE_LINES) {
                ctx.say(intro + "\n" + String.join("\n", lines));
            } else {
                ctx.say(Post.text(intro).withAttachment("What I can do", String.join("\n", lines)));
            }
            return Outcome.done();
        });
    }

    /** Commands sorted by name with their aliases, then prefixes sorted. */
    static List<String> lines(Registry registry) {
        List<String> lines = new ArrayList<>();
        registry.commands().stream().sorted(Comparator.comparing(CommandReg::name)).forEach(c -> lines.add(
                "• `" + c.name() + "`" + aliases(c.aliases()) + ": " + c.description()));
        registry.prefixes().stream().sorted(Comparator.comparing(PrefixReg::usage)).forEach(p -> lines.add(
                "• `" + Markup.escape(p.usage()) + "`: " + p.description()));
        return lines;
    }

    private static String aliases(List<String> aliases) {
        if (aliases.isEmpty()) {
            return "";
        }
        return " (also " + String.join(", ", aliases.stream().sorted().map(a -> "`" + a + "`").toList()) + ")";
    }
}
