package dev.gopherbot.apps.ossi.slack;

import com.slack.api.model.User;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.util.function.Supplier;

/** People's names from Slack ({@code users.info}), for records that outlive a profile change. */
public final class People {
    private final Supplier<SlackCalls> slack;

    public People(Supplier<SlackCalls> slack) {
        this.slack = slack;
    }

    /**
     * The real name, else the display name, else the handle; the user id when Slack does not know the user. A
     * transient failure propagates, so the handler is retried rather than storing a worse name.
     */
    public String nameOf(String userId) {
        User user;
        try {
            user = slack.get().call("users.info", m -> m.usersInfo(r -> r.user(userId))).getUser();
        } catch (SlackCallFailed e) {
            if (e.kind() == SlackCallFailed.Kind.PERMANENT) {
                return userId;
            }
            throw e;
        }
        if (user == null) {
            return userId;
        }
        if (user.getRealName() != null && !user.getRealName().isBlank()) {
            return user.getRealName();
        }
        if (user.getProfile() != null) {
            if (user.getProfile().getRealName() != null && !user.getProfile().getRealName().isBlank()) {
                return user.getProfile().getRealName();
            }
            if (user.getProfile().getDisplayName() != null && !user.getProfile().getDisplayName().isBlank()) {
                return user.getProfile().getDisplayName();
            }
        }
        return user.getName() == null || user.getName().isBlank() ? userId : user.getName();
    }
}
