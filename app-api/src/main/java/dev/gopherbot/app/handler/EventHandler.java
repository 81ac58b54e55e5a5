package dev.gopherbot.app.handler;

/** Handles one Events API event of a type the app subscribed to with {@code Registrar.onEvent}. */
@FunctionalInterface
public interface EventHandler {
    Outcome handle(EventContext ctx) throws Exception;
}
