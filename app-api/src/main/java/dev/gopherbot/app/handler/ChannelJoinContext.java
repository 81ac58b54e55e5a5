package dev.gopherbot.app.handler;

import dev.gopherbot.app.slack.Post;
import dev.gopherbot.app.slack.Responder;

/** A person who joined a channel: answer in the channel, privately in it, or by DM. */
public final class ChannelJoinContext {
    private final String userId;
    private final String channel;
    private final Responder responder;

    public ChannelJoinContext(String userId, String channel, Responder responder) {
        this.userId = userId;
        this.channel = channel;
        this.responder = responder;
    }

    public String userId() {
        return userId;
    }

    public String channel() {
        return channel;
    }

    public void say(String text) {
        responder.post(channel, null, Post.text(text));
    }

    /** A message in the channel only the person who joined sees. */
    public void ephemeral(String text) {
        ephemeral(Post.text(text));
    }

    public void ephemeral(Post post) {
        responder.ephemeral(channel, null, userId, post);
    }

    public void dm(Post post) {
        responder.dm(userId, post);
    }
}
