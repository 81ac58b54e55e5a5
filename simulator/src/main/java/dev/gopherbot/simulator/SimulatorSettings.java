package dev.gopherbot.simulator;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.simulator.apps.SimulatedApp;
import dev.gopherbot.simulator.events.DeliveryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the simulator reads from the environment. It shares each app's bot token and signing secret with the
 * platform's processes, under the same names ({@code <APP>_SLACK_BOT_TOKEN}, {@code <APP>_SLACK_SIGNING_SECRET}, or
 * plain {@code SLACK_*} when one app runs): it answers the Web API for those tokens and signs each app's requests with
 * its secret.
 *
 * @param host     bind address; 127.0.0.1 unless the page must be reached from another machine (a container)
 * @param port     {@code SIMULATOR_PORT}, the page and the Web API at {@code /api/}
 * @param apps     {@code SIM_APPS}, the installed apps, each with its own bot
 * @param gateway  {@code GATEWAY_URL}, the gateway's base: an app's requests go to {@code /slack/<app>/events},
 *                 {@code /commands} and {@code /interactions} under it
 * @param commands {@code SIM_COMMANDS}, which app owns which slash command ({@code /desk=desk}); a command not listed
 *                 belongs to the app named like it ({@code /desk}), or to the only app
 * @param delivery how long the gateway has to answer, and when a failed event delivery is retried
 */
public record SimulatorSettings(String host, int port, List<SimulatedApp> apps, URI gateway,
                                Map<String, String> commands, DeliveryPolicy delivery) {
    public static final String DEFAULT_GATEWAY_URL = "http://127.0.0.1:8080";
    public static final String DEFAULT_APPS = "gopherbot";
    private static final Pattern APP_NAME = Pattern.compile("[a-z][a-z0-9]{1,30}");
    private static final Pattern COMMAND = Pattern.compile("/[a-z0-9_-]{1,31}");

    public SimulatorSettings {
        apps = List.copyOf(apps);
        commands = Map.copyOf(commands);
    }

    /** One app, for tests. */
    public static SimulatorSettings oneApp(String app, Secret botToken, Secret signingSecret, URI gateway,
                                           DeliveryPolicy delivery) {
        return new SimulatorSettings("127.0.0.1", 0, List.of(new SimulatedApp(app, botToken, signingSecret)),
                gateway, Map.of(), delivery);
    }

    public static SimulatorSettings from(Env env) {
        String host = env.string("SIMULATOR_HOST", "127.0.0.1");
        int port = env.integer("SIMULATOR_PORT", 3000, 0, 65535);
        List<SimulatedApp> apps = apps(env);
        URI gateway = gatewayBase(env.url("GATEWAY_URL", DEFAULT_GATEWAY_URL));
        Map<String, String> commands = commands(env, apps);
        Duration timeout = env.duration("SIMULATOR_DELIVERY_TIMEOUT", DeliveryPolicy.SLACK.timeout());
        List<Duration> delays = retryDelays(env, "SIMULATOR_RETRY_DELAYS", DeliveryPolicy.SLACK.retryDelays());
        return new SimulatorSettings(host, port, apps, gateway, commands, new DeliveryPolicy(timeout, delays));
    }

    private static List<SimulatedApp> apps(Env env) {
        List<String> names = new ArrayList<>();
        for (String part : env.string("SIM_APPS", DEFAULT_APPS).split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!APP_NAME.matcher(name).matches()) {
                env.problem("SIM_APPS names \"" + name + "\": an app's name is 2-31 lower-case letters and digits");
            } else if (names.contains(name)) {
                env.problem("SIM_APPS names \"" + name + "\" twice");
            } else {
                names.add(name);
            }
        }
        if (names.isEmpty() && !env.hasProblems()) {
            env.problem("SIM_APPS is empty: name at least one app, e.g. SIM_APPS=" + DEFAULT_APPS);
        }
        boolean single = names.size() == 1;
        List<SimulatedApp> apps = new ArrayList<>();
        for (String name : names) {
            apps.add(new SimulatedApp(name, secret(env, name, "SLACK_BOT_TOKEN", single),
                    secret(env, name, "SLACK_SIGNING_SECRET", single)));
        }
        return apps;
    }

    /** {@code DESK_SLACK_BOT_TOKEN}; with one app also plain {@code SLACK_BOT_TOKEN}, as the platform reads them. */
    private static Secret secret(Env env, String app, String name, boolean single) {
        String own = app.toUpperCase(Locale.ROOT) + "_" + name;
        if (env.raw(own) != null || !single) {
            return env.secret(own);
        }
        if (env.raw(name) == null) {
            env.problem(name + " (or " + own + ") is required but not set");
            return new Secret("");
        }
        return env.secret(name);
    }

    /** The gateway's base URL; the historical {@code …/slack/events} is accepted and cut back to the base. */
    private static URI gatewayBase(URI url) {
        String s = url.toString().replaceAll("/+$", "");
        if (s.endsWith("/slack/events")) {
            s = s.substring(0, s.length() - "/slack/events".length());
        }
        return URI.create(s);
    }

    private static Map<String, String> commands(Env env, List<SimulatedApp> apps) {
        Map<String, String> commands = new LinkedHashMap<>();
        String raw = env.raw("SIM_COMMANDS");
        if (raw == null) {
            return commands;
        }
        List<String> names = apps.stream().map(SimulatedApp::name).toList();
        for (String pair : raw.split(",")) {
            String[] kv = pair.strip().split("=", 2);
            String command = kv[0].strip().toLowerCase(Locale.ROOT);
            String app = kv.length == 2 ? kv[1].strip().toLowerCase(Locale.ROOT) : "";
            if (!COMMAND.matcher(command).matches() || app.isEmpty()) {
                env.problem("SIM_COMMANDS has \"" + pair.strip() + "\": expected /command=app pairs separated by "
                        + "commas, e.g. /gopher=gopherbot");
            } else if (!names.contains(app)) {
                env.problem("SIM_COMMANDS gives " + command + " to \"" + app + "\", which SIM_APPS does not name");
            } else if (commands.putIfAbsent(command, app) != null) {
                env.problem("SIM_COMMANDS gives " + command + " twice");
            }
        }
        return commands;
    }

    /** A comma-separated list such as {@code 0s,1m,5m}: one entry per retry, each waited before that retry. */
    static List<Duration> retryDelays(Env env, String name, List<Duration> defaults) {
        String raw = env.raw(name);
        if (raw == null) {
            return defaults;
        }
        List<Duration> delays = new ArrayList<>();
        try {
            for (String part : raw.split(",")) {
                delays.add(parseDuration(part.trim()));
            }
        } catch (RuntimeException e) {
            env.problem(name + "=" + raw + " is invalid: expected durations separated by commas, such as 0s,1m,5m");
            return defaults;
        }
        return List.copyOf(delays);
    }

    private static Duration parseDuration(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        if (n < 0) {
            throw new IllegalArgumentException("negative");
        }
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            default -> throw new IllegalArgumentException("unit");
        };
    }
}
