package dev.gopherbot.app.message;

/**
 * A file attached to a message, as Slack describes it (the content itself is behind {@code urlPrivate}, which needs
 * the bot token).
 *
 * @param lines the line count Slack reports for text snippets, 0 when unknown
 */
public record FileRef(String id, String name, String filetype, String urlPrivate, int lines) {
}
