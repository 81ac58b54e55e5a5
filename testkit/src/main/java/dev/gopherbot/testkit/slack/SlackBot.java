package dev.gopherbot.testkit.slack;

import java.util.Locale;

/**
 * One Slack app's bot in the fake workspace: each app on the platform is its own Slack app with its own bot user,
 * bot id, app id and token. The Web API answers a call as the bot whose token it carries.
 *
 * @param app    the platform's name of the app, e.g. {@code gopherbot}; also the bot user's name ({@code @gopherbot})
 * @param userId the bot user, e.g. {@code U0GOPHERBOT}
 * @param botId  the {@code bot_id} on its messages and in {@code auth.test}
 * @param appId  the {@code api_app_id} of the events and interactions Slack sends it
 * @param token  its {@code xoxb-} token
 */
public record SlackBot(String app, String userId, String botId, String appId, String token) {
    /** A bot whose ids follow from the app's name: {@code desk} is {@code U0DESK}, {@code B0DESK}, {@code A0DESK}. */
    public static SlackBot forApp(String app, String token) {
        String upper = app.toUpperCase(Locale.ROOT);
        return new SlackBot(app, "U0" + upper, "B0" + upper, "A0" + upper, token);
    }

    /** The same bot answering to another token. */
    public SlackBot withToken(String otherToken) {
        return new SlackBot(app, userId, botId, appId, otherToken);
    }

    /** How people see it: the app's name, capitalised. */
    public String realName() {
        return app.isEmpty() ? app : Character.toUpperCase(app.charAt(0)) + app.substring(1);
    }

    @Override
    public String toString() {
        // the token stays out of test output and logs
        return "SlackBot[" + app + " " + userId + "]";
    }
}
