package dev.gopherbot.gateway.ingress;

import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.Reply;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** Answers 405 with an {@code Allow} header for every other common method on a path, counted and logged. */
public final class MethodNotAllowed implements Handler {
    private final String route;
    private final HandlerType allowed;
    private final GatewayMetrics metrics;

    private MethodNotAllowed(String route, HandlerType allowed, GatewayMetrics metrics) {
        this.route = route;
        this.allowed = allowed;
        this.metrics = metrics;
    }

    /** Registers the 405 handler on {@code path} for every common HTTP method except {@code allowed}. */
    public static void register(RoutesConfig routes, String path, HandlerType allowed, GatewayMetrics metrics) {
        MethodNotAllowed handler = new MethodNotAllowed(path, allowed, metrics);
        for (HandlerType method : HandlerType.commonHttp()) {
            if (!method.equals(allowed)) {
                routes.addHttpHandler(method, path, handler);
            }
        }
    }

    @Override
    public void handle(Context ctx) {
        long start = System.nanoTime();
        String requestId = RequestIds.resolve(ctx.header(RequestIds.HEADER));
        ctx.header(RequestIds.HEADER, requestId).header("Allow", allowed.name());
        Reply reply = Reply.rejected(Outcome.METHOD_NOT_ALLOWED, "method not allowed, use " + allowed.name());
        SlackRoute.write(ctx, reply);
        metrics.request(route, reply);
        RequestLog.record(ctx.method().name(), route, requestId, reply, start, null);
    }
}
