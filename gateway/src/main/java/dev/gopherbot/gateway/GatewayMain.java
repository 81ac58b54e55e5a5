package dev.gopherbot.gateway;

import dev.gopherbot.app.host.AppCatalog;
import dev.gopherbot.common.process.ProcessRunner;

/** {@code java -jar dist/target/gateway.jar}: the Procfile's {@code web} process, serving the apps in {@code APPS}. */
public final class GatewayMain {
    private GatewayMain() {
    }

    public static void main(String[] args) {
        // every missing or invalid setting and registration, one line each, before anything starts
        ProcessRunner.run("gateway", env -> GatewayApp.start(env, AppCatalog.enabled(env)));
    }
}
