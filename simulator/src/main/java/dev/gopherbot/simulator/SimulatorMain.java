package dev.gopherbot.simulator;

import dev.gopherbot.common.process.ProcessRunner;
import dev.gopherbot.simulator.apps.SimulatedApp;
import org.slf4j.LoggerFactory;

/** {@code java -jar simulator/target/simulator.jar}: the local Slack workspace, configured from the environment. */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) {
        ProcessRunner.run("simulator", env -> {
            SimulatorSettings settings = SimulatorSettings.from(env);
            env.check();
            Simulator simulator = Simulator.start(settings);
            LoggerFactory.getLogger(SimulatorMain.class).info("simulator ready url={} api_url={} gateway_url={} apps={}",
                    simulator.url(), simulator.apiUrl(), settings.gateway(),
                    String.join(",", settings.apps().stream().map(SimulatedApp::name).toList()));
            return simulator;
        });
    }
}
