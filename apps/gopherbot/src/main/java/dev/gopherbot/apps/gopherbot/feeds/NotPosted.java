package dev.gopherbot.apps.gopherbot.feeds;

/** An announcement that certainly did not reach Slack (refused, or its channel unknown), so it may be tried again. */
public final class NotPosted extends Exception {
    public NotPosted(String message) {
        super(message);
    }

    public NotPosted(String message, Throwable cause) {
        super(message, cause);
    }
}
