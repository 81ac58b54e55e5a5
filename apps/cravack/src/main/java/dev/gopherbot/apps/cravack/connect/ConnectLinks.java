package dev.gopherbot.apps.cravack.connect;

import dev.gopherbot.apps.cravack.config.CravackSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The link that starts Strava's authorization for one Slack user: Strava's authorize page with a fresh state. */
public final class ConnectLinks {
    private final CravackSettings settings;
    private final OAuthStates states;

    public ConnectLinks(CravackSettings settings, OAuthStates states) {
        this.settings = settings;
        this.states = states;
    }

    public String issue(String slackUserId) {
        return settings.oauthUrl().resolve("authorize") + "?client_id=" + enc(settings.clientId())
                + "&redirect_uri=" + enc(settings.redirectUri().toString()) + "&response_type=code"
                + "&approval_prompt=auto&scope=" + enc(OAuthCallback.SCOPE)
                + "&state=" + enc(states.issue(slackUserId));
    }

    /** The message carrying a link: a Slack mrkdwn link, which must not be posted in a channel. */
    public String message(String slackUserId, String intro) {
        return intro + " <" + issue(slackUserId) + "|Connect your Strava account> (the link works once, for "
                + OAuthStates.TTL.toMinutes() + " minutes). Your new activities will then be posted in <#"
                + settings.channel() + ">.";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
