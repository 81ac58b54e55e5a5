package dev.gopherbot.app.host;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.Services;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defines every enabled app in one go, so an operator sees all broken registrations and settings at once. */
public final class Definitions {
    private Definitions() {
    }

    /**
     * Runs each app's {@code define} against {@code services}; a broken registration or data file is recorded in
     * {@code env} as a problem naming the app, and {@link Env#check()} then throws them all together.
     *
     * @throws ConfigException listing every problem, including those the apps recorded while reading their settings
     */
    public static List<AppDefinition> define(Env env, List<App> apps, Services services) {
        List<AppDefinition> definitions = new ArrayList<>();
        for (App app : apps) {
            try {
                definitions.add(AppDefinition.define(app, services));
            } catch (ConfigException e) {
                e.problems().forEach(p -> env.problem(app.name() + ": " + p));
            } catch (IllegalArgumentException | IllegalStateException e) {
                env.problem(app.name() + ": " + e.getMessage());
            }
        }
        return definitions;
    }

    /** The per-app Slack settings of every enabled app, as the gateway or the workers need them. */
    public static Map<String, SlackApp> slackApps(Env env, List<App> apps, boolean gateway) {
        Map<String, SlackApp> settings = new LinkedHashMap<>();
        boolean single = apps.size() == 1;
        for (App app : apps) {
            settings.put(app.name(), gateway ? SlackApp.forGateway(env, app.name(), single)
                    : SlackApp.forWorkers(env, app.name(), single));
        }
        return settings;
    }
}
