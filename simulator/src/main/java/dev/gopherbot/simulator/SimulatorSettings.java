package dev.gopherbot.simulator;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.simulator.events.DeliveryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the simulator reads from the environment. It shares {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET}
 * with the bot's processes: it answers the Web API for that token and signs events with that secret.
 *
 * @param host     bind address; 127.0.0.1 unless the page must be reached from another machine (a container)
 * @param port     {@code SIMULATOR_PORT}, the page and the Web API at {@code /api/}
 * @param gateway  {@code GATEWAY_URL}, where events are POSTed
 * @param delivery how long the gateway has to answer, and when a failed delivery is retried
 */
public record SimulatorSettings(String host, int port, Secret botToken, Secret signingSecret, URI gateway,
        DeliveryPolicy delivery) {
    public static final String DEFAULT_GATEWAY_URL = "http://127.0.0.1:8080/slack/events";

    public static SimulatorSettings from(Env env) {
        String host = env.string("SIMULATOR_HOST", "127.0.0.1");
        int port = env.integer("SIMULATOR_PORT", 3000, 0, 65535);
        Secret token = env.secret("SLACK_BOT_TOKEN");
        Secret secret = env.secret("SLACK_SIGNING_SECRET");
        URI gateway = env.url("GATEWAY_URL", DEFAULT_GATEWAY_URL);
        Duration timeout = env.duration("SIMULATOR_DELIVERY_TIMEOUT", DeliveryPolicy.SLACK.timeout());
        List<Duration> delays = retryDelays(env, "SIMULATOR_RETRY_DELAYS", DeliveryPolicy.SLACK.retryDelays());
        return new SimulatorSettings(host, port, token, secret, gateway, new DeliveryPolicy(timeout, delays));
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
