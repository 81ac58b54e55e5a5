package dev.gopherbot.app.handler;

/** Handles a message a registration matched. Throwing is fine: the worker turns the exception into an outcome. */
@FunctionalInterface
public interface MessageHandler {
    Outcome handle(MessageContext ctx) throws Exception;
}
