package dev.gopherbot.app.slack;

import java.util.Objects;

/**
 * A message the bot posts. Link unfurling is off by default: the bot's answers are mostly links to resources, and
 * a preview of each would bury the conversation.
 *
 * @param attachment a block of text shown as an attachment below the message (long output such as {@code help}),
 *                   or null
 */
public record Post(String text, boolean unfurl, Attachment attachment) {
    public record Attachment(String title, String text) {
    }

    public Post {
        Objects.requireNonNull(text, "text");
    }

    public static Post text(String text) {
        return new Post(text, false, null);
    }

    public Post unfurled(boolean unfurl) {
        return new Post(text, unfurl, attachment);
    }

    public Post withAttachment(String title, String attachmentText) {
        return new Post(text, unfurl, new Attachment(title, attachmentText));
    }

    /** The same post with {@code prefix} in front of the text. */
    public Post prefixed(String prefix) {
        return prefix.isEmpty() ? this : new Post(prefix + text, unfurl, attachment);
    }
}
