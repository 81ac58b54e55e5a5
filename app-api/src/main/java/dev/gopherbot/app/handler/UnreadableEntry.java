package dev.gopherbot.app.handler;

/** Thrown for a stream entry no handler could ever use; the worker moves it to the dead letters as it is. */
public final class UnreadableEntry extends Exception {
    public UnreadableEntry(String reason) {
        super(reason);
    }
}
