package dev.gopherbot.gateway;

import dev.gopherbot.common.process.ProcessRunner;
import dev.gopherbot.gateway.web.SitePages;
import dev.gopherbot.gateway.web.WebPages;

/** {@code java -jar gateway/target/gateway.jar}: the Procfile's {@code web} process. */
public final class GatewayMain {
    private GatewayMain() {
    }

    public static void main(String[] args) {
        ProcessRunner.run("gateway", env -> {
            WebPages pages = SitePages.registered();
            GatewayConfig config = GatewayConfig.from(env, pages);
            env.check(); // every missing or invalid setting, one line each, before anything starts
            return GatewayApp.start(config, pages);
        });
    }
}
