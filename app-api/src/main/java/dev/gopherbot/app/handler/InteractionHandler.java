package dev.gopherbot.app.handler;

/** Handles a click, a modal submission or closing, or a shortcut. */
@FunctionalInterface
public interface InteractionHandler {
    Outcome handle(InteractionContext ctx) throws Exception;
}
