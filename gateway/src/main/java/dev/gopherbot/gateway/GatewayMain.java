package dev.gopherbot.gateway;

import dev.gopherbot.common.process.ProcessRunner;

/** {@code java -jar gateway/target/gateway.jar}: the Procfile's {@code web} process. */
public final class GatewayMain {
    private GatewayMain() {
    }

    public static void main(String[] args) {
        ProcessRunner.run("gateway", env -> {
            GatewayConfig config = GatewayConfig.from(env);
            env.check(); // every missing or invalid setting, one line each, before anything starts
            return GatewayApp.start(config);
        });
    }
}
