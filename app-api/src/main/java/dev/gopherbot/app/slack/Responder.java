package dev.gopherbot.app.slack;

import com.slack.api.model.Attachment;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.util.List;
import java.util.Set;

/**
 * Slack actions on behalf of one handler: post, post ephemeral, DM, react. Each method sends one or two Web API
 * calls through {@link SlackCalls}, so rate limits are waited out and failures arrive as {@link SlackCallFailed}.
 */
public final class Responder {
    private final SlackCalls slack;

    public Responder(SlackCalls slack) {
        this.slack = slack;
    }

    /** Posts in {@code channel}; in the thread {@code threadTs} when not null. */
    public void post(String channel, String threadTs, Post post) {
        slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(post.text()).unfurlLinks(post.unfurl()).unfurlMedia(post.unfurl())
                .attachments(attachments(post))));
    }

    /** Posts a message only {@code user} sees, in {@code channel} (in the thread when {@code threadTs} is set). */
    public void ephemeral(String channel, String threadTs, String user, Post post) {
        slack.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(channel).threadTs(threadTs)
                .user(user).text(post.text()).attachments(attachments(post))));
    }

    /** Opens (or finds) the DM with {@code user} and posts there. */
    public void dm(String user, Post post) {
        String channel = slack.call("conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(user))))
                .getChannel().getId();
        post(channel, null, post);
    }

    /** Adds reactions to a message; one the bot already added counts as added (a redelivery may repeat it). */
    public void react(String channel, String ts, List<String> emoji) {
        for (String name : emoji) {
            slack.call("reactions.add", Set.of("already_reacted"),
                    m -> m.reactionsAdd(r -> r.channel(channel).timestamp(ts).name(name)));
        }
    }

    private static List<Attachment> attachments(Post post) {
        if (post.attachment() == null) {
            return null;
        }
        return List.of(Attachment.builder().title(post.attachment().title()).text(post.attachment().text())
                .fallback(post.attachment().text()).mrkdwnIn(List.of("text")).build());
    }
}
