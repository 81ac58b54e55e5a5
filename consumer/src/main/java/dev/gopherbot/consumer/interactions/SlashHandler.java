package dev.gopherbot.consumer.interactions;

import dev.gopherbot.consumer.registry.Outcome;

/** Handles one {@code /gopher <subcommand>}. Exceptions are the worker's to classify, as for message handlers. */
@FunctionalInterface
public interface SlashHandler {
    Outcome handle(SlashContext ctx) throws Exception;
}
