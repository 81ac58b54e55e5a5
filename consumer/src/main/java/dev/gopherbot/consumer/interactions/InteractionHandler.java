package dev.gopherbot.consumer.interactions;

import dev.gopherbot.consumer.registry.Outcome;

/** Handles a click, a modal submission or closing, or a shortcut. */
@FunctionalInterface
public interface InteractionHandler {
    Outcome handle(InteractionContext ctx) throws Exception;
}
