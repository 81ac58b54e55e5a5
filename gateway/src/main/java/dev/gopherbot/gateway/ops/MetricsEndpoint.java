package dev.gopherbot.gateway.ops;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /metrics}: Prometheus text exposition format 0.0.4. Holds counts and timings, nothing secret. */
public final class MetricsEndpoint implements Handler {
    public static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final GatewayMetrics metrics;

    public MetricsEndpoint(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
    }
}
