package dev.gopherbot.app.host;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.slack.SlackSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * One app's Slack credentials. Each app is its own Slack app, with its own secrets. A deployment of one app reads
 * today's names ({@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}, {@code SLACK_APP_ID}, {@code SLACK_TEAM_ID});
 * with several apps each reads its own, prefixed with its name in upper case ({@code <APP>_SLACK_BOT_TOKEN}), and
 * the unprefixed names are not used, so no app can pick up another's secret by accident. A single app may use the
 * prefixed names too.
 *
 * @param appId  when present, requests for another Slack app are refused (403)
 * @param teamId when present, requests from another workspace are refused (403)
 */
public record SlackApp(String app, Secret signingSecret, SlackSettings web, Optional<String> appId,
                       Optional<String> teamId) {

    /** The gateway's view: the signing secret is required, the bot token is not. */
    public static SlackApp forGateway(Env env, String app, boolean single) {
        return read(env, app, single, true, false);
    }

    /** The consumer's and bgtasks' view: the bot token is required, the signing secret is not. */
    public static SlackApp forWorkers(Env env, String app, boolean single) {
        return read(env, app, single, false, true);
    }

    /** The name of one of {@code app}'s settings: {@code SLACK_BOT_TOKEN} → {@code <APP>_SLACK_BOT_TOKEN}. */
    public static String prefixed(String app, String name) {
        return app.toUpperCase(Locale.ROOT) + "_" + name;
    }

    private static SlackApp read(Env env, String app, boolean single, boolean needSecret, boolean needToken) {
        Optional<String> secret = value(env, app, single, "SLACK_SIGNING_SECRET");
        Optional<String> token = value(env, app, single, "SLACK_BOT_TOKEN");
        if (needSecret && secret.isEmpty()) {
            env.problem(name(app, single, "SLACK_SIGNING_SECRET") + " is required but not set");
        }
        if (needToken && token.isEmpty()) {
            env.problem(name(app, single, "SLACK_BOT_TOKEN") + " is required but not set");
        }
        SlackSettings web = SlackSettings.from(env, new Secret(token.orElse("")));
        return new SlackApp(app, new Secret(secret.orElse("")), web, value(env, app, single, "SLACK_APP_ID"),
                value(env, app, single, "SLACK_TEAM_ID"));
    }

    private static Optional<String> value(Env env, String app, boolean single, String name) {
        String own = env.raw(prefixed(app, name));
        if (own != null) {
            return Optional.of(own);
        }
        return single ? Optional.ofNullable(env.raw(name)) : Optional.empty();
    }

    /** The name an operator should set: today's for a single app, the prefixed one otherwise. */
    private static String name(String app, boolean single, String name) {
        return single ? name + " (or " + prefixed(app, name) + ")" : prefixed(app, name);
    }
}
