package dev.gopherbot.app.handler;

import dev.gopherbot.app.slack.Post;
import dev.gopherbot.app.slack.Responder;

/** A person who joined the workspace; the only place to reach them yet is a DM. */
public final class TeamJoinContext {
    private final String userId;
    private final String userName;
    private final Responder responder;

    public TeamJoinContext(String userId, String userName, Responder responder) {
        this.userId = userId;
        this.userName = userName;
        this.responder = responder;
    }

    public String userId() {
        return userId;
    }

    public String userName() {
        return userName;
    }

    public void dm(String text) {
        dm(Post.text(text));
    }

    public void dm(Post post) {
        responder.dm(userId, post);
    }
}
