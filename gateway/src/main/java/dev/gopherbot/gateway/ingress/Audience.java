package dev.gopherbot.gateway.ingress;

import dev.gopherbot.gateway.reply.RequestRejected;
import java.util.Optional;

/**
 * Which Slack app and workspace this gateway serves ({@code SLACK_APP_ID}, {@code SLACK_TEAM_ID}); unset accepts any.
 * A correctly signed request for another app or workspace means a shared signing secret or a misrouted install.
 */
public record Audience(Optional<String> appId, Optional<String> teamId) {

    public static Audience any() {
        return new Audience(Optional.empty(), Optional.empty());
    }

    /** @throws RequestRejected 403 when a configured id is absent from the request or different */
    public void verify(String apiAppId, String requestTeamId) {
        if (appId.isPresent() && !appId.get().equals(apiAppId)) {
            throw RequestRejected.forbidden("api_app_id is not the configured SLACK_APP_ID");
        }
        if (teamId.isPresent() && !teamId.get().equals(requestTeamId)) {
            throw RequestRejected.forbidden("team_id is not the configured SLACK_TEAM_ID");
        }
    }
}
