package dev.gopherbot.consumer.commands;

import dev.gopherbot.consumer.registry.Command;
import dev.gopherbot.consumer.registry.Registry;
import dev.gopherbot.glossary.Glossary;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Every behaviour with logic, one line each. To add one: write a class implementing {@link Command} in this package,
 * add it to this list, and add a chat-level test (see {@code CommandsIT}). Behaviours that are only data belong in
 * {@code reactions.yaml} or {@code responses.yaml} instead.
 */
public final class Commands {
    private Commands() {
    }

    /** What commands may use; grows as commands need more (the channel cache, the glossary…). */
    public record Tools(Registry registry, RandomGenerator random, Glossary glossary) {
    }

    public static List<Command> all(Tools tools) {
        return List.of(
                new Help(tools.registry()),
                new Define(tools.glossary()),
                new FlipACoin(tools.random()));
    }
}
