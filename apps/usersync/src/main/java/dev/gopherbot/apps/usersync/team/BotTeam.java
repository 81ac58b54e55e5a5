package dev.gopherbot.apps.usersync.team;

import dev.gopherbot.common.slack.SlackCalls;

/**
 * The workspace the app's bot token belongs to, asked once with {@code auth.test} and then remembered: the full sync
 * keys its pass by it, and sign-in links name it. (Slash commands and messages reach an app through its own token's
 * workspace, so it is also the workspace of whoever asks for a link.)
 */
public final class BotTeam {
    private final SlackCalls slack;
    private volatile String teamId;

    public BotTeam(SlackCalls slack) {
        this.slack = slack;
    }

    /** @throws dev.gopherbot.common.slack.SlackCallFailed when Slack cannot be asked */
    public String id() {
        String known = teamId;
        if (known == null) {
            known = slack.call("auth.test", m -> m.authTest(r -> r)).getTeamId();
            teamId = known;
        }
        return known;
    }
}
