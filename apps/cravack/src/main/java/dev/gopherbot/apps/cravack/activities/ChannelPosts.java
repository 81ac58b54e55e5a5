package dev.gopherbot.apps.cravack.activities;

import com.slack.api.methods.response.chat.ChatUpdateResponse;
import dev.gopherbot.common.slack.SlackCalls;
import java.util.Set;
import java.util.function.Supplier;

/** The activity messages in Slack: post, edit, remove. A message someone already deleted counts as gone. */
final class ChannelPosts {
    private static final String NOT_FOUND = "message_not_found";

    private final Supplier<SlackCalls> slack;

    ChannelPosts(Supplier<SlackCalls> slack) {
        this.slack = slack;
    }

    /** @return the new message's ts */
    String post(String channel, ActivitySummary summary) {
        return slack.get().call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel)
                .text(summary.text()).blocksAsString(summary.blocks()).unfurlLinks(false).unfurlMedia(false)))
                .getTs();
    }

    /** @return false when the message is no longer there to edit */
    boolean update(String channel, String ts, ActivitySummary summary) {
        ChatUpdateResponse res = slack.get().call("chat.update", Set.of(NOT_FOUND), m -> m.chatUpdate(r -> r
                .channel(channel).ts(ts).text(summary.text()).blocksAsString(summary.blocks())));
        return res.isOk();
    }

    void delete(String channel, String ts) {
        slack.get().call("chat.delete", Set.of(NOT_FOUND), m -> m.chatDelete(r -> r.channel(channel).ts(ts)));
    }
}
