package dev.gopherbot.apps.ossi.slack;

import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import dev.gopherbot.common.slack.SlackCalls;
import java.util.function.Supplier;

/**
 * Who may decide contributions and read everyone's: the members of the management channel, asked from Slack at
 * each decision ({@code conversations.members}), so joining or leaving the channel takes effect at once.
 */
public final class Managers {
    private static final int PAGE = 200;

    private final Supplier<SlackCalls> slack;
    private final String channel;

    /** @param slack opened on first use, so defining the app connects nowhere */
    public Managers(Supplier<SlackCalls> slack, String channel) {
        this.slack = slack;
        this.channel = channel;
    }

    public String channel() {
        return channel;
    }

    public boolean isManager(String userId) {
        String cursor = "";
        do {
            String page = cursor;
            ConversationsMembersResponse members = slack.get().call("conversations.members",
                    m -> m.conversationsMembers(r -> r.channel(channel).limit(PAGE).cursor(page.isEmpty() ? null
                            : page)));
            if (members.getMembers() != null && members.getMembers().contains(userId)) {
                return true;
            }
            cursor = members.getResponseMetadata() == null || members.getResponseMetadata().getNextCursor() == null
                    ? "" : members.getResponseMetadata().getNextCursor();
        } while (!cursor.isEmpty());
        return false;
    }
}
