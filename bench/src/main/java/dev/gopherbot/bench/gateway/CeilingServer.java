package dev.gopherbot.bench.gateway;

import io.javalin.Javalin;

/** The ceiling: the same Javalin and Jetty answering 200 to the same requests, doing nothing else. */
final class CeilingServer implements AutoCloseable {
    private final Javalin server;

    CeilingServer(boolean virtualThreads) {
        server = Javalin.create(cfg -> {
            cfg.routes.post("/slack/events", ctx -> ctx.status(200));
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.concurrency.useVirtualThreads = virtualThreads;
        }).start(0);
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
