package dev.gopherbot.consumer.dispatch;

import dev.gopherbot.app.handler.Outcome;

/** One handler to call for an event; {@code name} is the registration's stable handler name. */
public record HandlerCall(String name, Action action) {
    @FunctionalInterface
    public interface Action {
        Outcome run() throws Exception;
    }
}
