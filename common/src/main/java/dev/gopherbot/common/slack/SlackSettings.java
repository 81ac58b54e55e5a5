package dev.gopherbot.common.slack;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import java.net.URI;

/** The Web API side of Slack: the bot token and the API base URL (a fake Slack in tests and the simulator). */
public record SlackSettings(Secret botToken, URI apiUrl) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public static SlackSettings from(Env env) {
        return from(env, env.secret("SLACK_BOT_TOKEN"));
    }

    /** With a token read elsewhere (each app has its own); the API URL is the deployment's. */
    public static SlackSettings from(Env env, Secret token) {
        URI api = env.url("SLACK_API_URL", DEFAULT_API_URL);
        if (!api.toString().endsWith("/")) {
            api = URI.create(api + "/");
        }
        return new SlackSettings(token, api);
    }
}
