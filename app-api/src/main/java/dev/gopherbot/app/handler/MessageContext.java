package dev.gopherbot.app.handler;

import dev.gopherbot.app.message.Message;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.app.slack.Responder;
import java.util.List;

/** A message and the ways to answer it. Answers go to the message's thread when it was posted in one. */
public final class MessageContext {
    private final Message message;
    private final Responder responder;

    public MessageContext(Message message, Responder responder) {
        this.message = message;
        this.responder = responder;
    }

    public Message message() {
        return message;
    }

    /** Posts in the message's channel (in its thread when it was threaded). */
    public void say(String text) {
        say(Post.text(text));
    }

    public void say(Post post) {
        responder.post(message.channel(), message.threadTs(), post);
    }

    /**
     * Posts in the message's thread, starting one under a top-level message: for answers that would interrupt the
     * channel's conversation (a Playground link for a long paste).
     */
    public void sayInThread(Post post) {
        responder.post(message.channel(), message.inThread() ? message.threadTs() : message.ts(), post);
    }

    /** Posts addressed to the author: {@code @author text}. */
    public void reply(String text) {
        say(Post.text(text).prefixed(userMention(message.user()) + " "));
    }

    /** Posts prefixed with the other users the author mentioned ({@code @alice @bob text}); plain when none. */
    public void sayToMentioned(String text) {
        sayToMentioned(Post.text(text));
    }

    public void sayToMentioned(Post post) {
        say(post.prefixed(mentionPrefix(message.mentions())));
    }

    /** Posts a message only the author sees. */
    public void ephemeral(String text) {
        ephemeral(Post.text(text));
    }

    public void ephemeral(Post post) {
        responder.ephemeral(message.channel(), message.threadTs(), message.user(), post);
    }

    /** Sends the author a direct message. */
    public void dm(String text) {
        dm(Post.text(text));
    }

    public void dm(Post post) {
        responder.dm(message.user(), post);
    }

    public void dm(String userId, Post post) {
        responder.dm(userId, post);
    }

    /** Adds one or more emoji reactions (names without colons) to the message. */
    public void react(String... emoji) {
        react(List.of(emoji));
    }

    public void react(List<String> emoji) {
        responder.react(message.channel(), message.ts(), emoji);
    }

    /** {@code <@U1> <@U2> }, or empty when the list is. */
    public static String mentionPrefix(List<String> users) {
        StringBuilder s = new StringBuilder();
        for (String u : users) {
            s.append(userMention(u)).append(' ');
        }
        return s.toString();
    }

    public static String userMention(String user) {
        return "<@" + user + ">";
    }
}
