package dev.gopherbot.app.handler;

/** Handles one {@code /gopher <subcommand>}. Exceptions are the worker's to classify, as for message handlers. */
@FunctionalInterface
public interface SlashHandler {
    Outcome handle(SlashContext ctx) throws Exception;
}
