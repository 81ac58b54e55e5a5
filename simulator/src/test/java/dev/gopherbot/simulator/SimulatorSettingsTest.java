package dev.gopherbot.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.simulator.apps.SimulatedApp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorSettingsTest {
    private static final Map<String, String> REQUIRED = Map.of("SLACK_BOT_TOKEN", "xoxb-local",
            "SLACK_SIGNING_SECRET", "s3cret");

    @Test
    void defaultsFollowSlackAndTheLocalPorts() {
        Env env = new Env(REQUIRED);
        SimulatorSettings s = SimulatorSettings.from(env);
        env.check();

        assertEquals(3000, s.port());
        assertEquals("127.0.0.1", s.host());
        assertEquals("http://127.0.0.1:8080", s.gateway().toString());
        assertEquals(List.of("gopherbot"), s.apps().stream().map(SimulatedApp::name).toList());
        assertEquals("xoxb-local", s.apps().getFirst().botToken().reveal(), "one app may use the plain names");
        assertEquals(Duration.ofSeconds(3), s.delivery().timeout());
        assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5)), s.delivery().retryDelays());
    }

    @Test
    void retryDelaysCanBeShortenedForTests() {
        Env env = new Env(with("SIMULATOR_RETRY_DELAYS", "0s, 200ms,1s", "SIMULATOR_DELIVERY_TIMEOUT", "500ms"));
        SimulatorSettings s = SimulatorSettings.from(env);
        env.check();

        assertEquals(List.of(Duration.ZERO, Duration.ofMillis(200), Duration.ofSeconds(1)), s.delivery().retryDelays());
        assertEquals(Duration.ofMillis(500), s.delivery().timeout());
    }

    @Test
    void everyProblemIsReportedAtOnceWithoutRevealingSecrets() {
        Env env = new Env(Map.of("SIMULATOR_PORT", "70000", "SIMULATOR_RETRY_DELAYS", "soon",
                "GATEWAY_URL", "not a url"));
        SimulatorSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);
        String all = String.join("\n", e.problems());
        for (String name : List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SIMULATOR_PORT",
                "SIMULATOR_RETRY_DELAYS", "GATEWAY_URL")) {
            assertTrue(all.contains(name), () -> name + " missing from:\n" + all);
        }
    }

    @Test
    void severalAppsEachReadTheirOwnPrefixedCredentialsAndTheirCommands() {
        Env env = new Env(Map.of("SIM_APPS", "gopherbot, ossi", "GOPHERBOT_SLACK_BOT_TOKEN", "xoxb-g",
                "GOPHERBOT_SLACK_SIGNING_SECRET", "sg", "OSSI_SLACK_BOT_TOKEN", "xoxb-o",
                "OSSI_SLACK_SIGNING_SECRET", "so", "SIM_COMMANDS", "/gopher=gopherbot,/ossi=ossi",
                "GATEWAY_URL", "http://127.0.0.1:9000/slack/events"));
        SimulatorSettings s = SimulatorSettings.from(env);
        env.check();

        assertEquals(List.of("gopherbot", "ossi"), s.apps().stream().map(SimulatedApp::name).toList());
        assertEquals("xoxb-o", s.apps().get(1).botToken().reveal());
        assertEquals("so", s.apps().get(1).signingSecret().reveal());
        assertEquals(Map.of("/gopher", "gopherbot", "/ossi", "ossi"), s.commands());
        assertEquals("http://127.0.0.1:9000", s.gateway().toString(), "the historical events URL is cut to its base");
    }

    @Test
    void withSeveralAppsThePlainNamesDoNotCountAndEachMissingOneIsNamed() {
        Env env = new Env(with("SIM_APPS", "gopherbot,ossi", "OSSI_SLACK_BOT_TOKEN", "xoxb-o",
                "SIM_COMMANDS", "/ossi=nobody,gopher"));
        SimulatorSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);
        assertEquals(List.of("GOPHERBOT_SLACK_BOT_TOKEN is required but not set",
                "GOPHERBOT_SLACK_SIGNING_SECRET is required but not set",
                "OSSI_SLACK_SIGNING_SECRET is required but not set",
                "SIM_COMMANDS gives /ossi to \"nobody\", which SIM_APPS does not name",
                "SIM_COMMANDS has \"gopher\": expected /command=app pairs separated by commas, e.g. /gopher=gopherbot"),
                e.problems());
    }

    @Test
    void aNegativeRetryDelayIsAProblem() {
        Env env = new Env(with("SIMULATOR_RETRY_DELAYS", "0s,-1s"));
        SimulatorSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);
        assertFalse(e.problems().isEmpty());
    }

    private static Map<String, String> with(String... pairs) {
        Map<String, String> env = new java.util.HashMap<>(REQUIRED);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }
}
