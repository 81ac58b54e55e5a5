package dev.gopherbot.consumer.slash;

import dev.gopherbot.common.interactive.SlashCatalog;
import dev.gopherbot.consumer.interactions.Interactive;
import dev.gopherbot.consumer.interactions.InteractiveRegistrar;
import dev.gopherbot.consumer.interactions.InteractiveRegistry;
import dev.gopherbot.consumer.registry.Outcome;
import java.util.ArrayList;
import java.util.List;

/** {@code /gopher help}: generated from the registrations, so it cannot drift from what the command does. */
final class SlashHelp implements Interactive {
    private final InteractiveRegistry registry;

    SlashHelp(InteractiveRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void register(InteractiveRegistrar registrar) {
        registrar.slash("help", "help", "Lists these commands", ctx -> {
            ctx.respond(text(registry));
            return Outcome.done();
        });
    }

    static String text(InteractiveRegistry registry) {
        List<String> lines = new ArrayList<>();
        lines.add("*" + SlashCatalog.COMMAND + "* commands (only you see the answers):");
        for (InteractiveRegistry.SlashReg reg : registry.slashCommands()) {
            lines.add("• `" + SlashCatalog.COMMAND + " " + reg.usage() + "`: " + reg.description());
        }
        lines.add("In a channel, mention me or send me a DM for the rest: `help` lists it.");
        return String.join("\n", lines);
    }
}
