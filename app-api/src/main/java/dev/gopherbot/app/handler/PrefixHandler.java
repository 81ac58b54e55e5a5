package dev.gopherbot.app.handler;

/** Handles a message that starts with a registered prefix; {@code argument} is the rest of the message, trimmed. */
@FunctionalInterface
public interface PrefixHandler {
    Outcome handle(MessageContext ctx, String argument) throws Exception;
}
