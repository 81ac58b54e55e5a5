package dev.gopherbot.gateway.web;

import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.gateway.ingress.RequestIds;
import dev.gopherbot.gateway.ingress.RequestLog;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.reply.Outcome;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;

/**
 * A web route: request id, the security headers, the endpoint, then exactly one reply, one count and one log line,
 * as {@code SlackRoute} does for Slack's POSTs. The log line names the route, never the query string (a link's token
 * travels there) nor a cookie.
 */
final class WebRoute implements Handler {
    /** What a web endpoint decides, given the request and the time. */
    @FunctionalInterface
    interface Endpoint {
        WebReply handle(Context ctx, Instant now);
    }

    static final String HTML = PageResponse.HTML;
    /**
     * 'self' only, and no framing (clickjacking), no {@code <base>}, forms only back to this site. Images may also
     * come from Slack's avatar hosts, since pages show Slack users as Slack serves them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https://*.slack-edge.com"
            + " https://secure.gravatar.com; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final String route;
    private final Endpoint endpoint;
    private final Clock clock;
    private final GatewayMetrics metrics;

    WebRoute(String route, Endpoint endpoint, Clock clock, GatewayMetrics metrics) {
        this.route = route;
        this.endpoint = endpoint;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        long start = System.nanoTime();
        String requestId = RequestIds.resolve(ctx.header(RequestIds.HEADER));
        ctx.header(RequestIds.HEADER, requestId)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer") // a page's URL must not follow its outgoing links
                .header("Cache-Control", "no-store"); // a shared computer's back button must not show a page
        WebReply reply;
        Throwable failure = null;
        try {
            reply = endpoint.handle(ctx, clock.instant());
        } catch (RuntimeException e) {
            reply = WebReply.page(Outcome.INTERNAL_ERROR, Notices.failed(), e.getClass().getSimpleName());
            failure = e;
        }
        write(ctx, reply);
        metrics.request(route, reply.asReply());
        RequestLog.record(ctx.method().name(), route, requestId, reply.asReply(), start, failure);
    }

    private static void write(Context ctx, WebReply reply) {
        ctx.status(reply.outcome().status());
        if (reply.outcome() == Outcome.UNAUTHORIZED) {
            // a 401 names a scheme; this one says signing in happens through a link from Slack
            ctx.header("WWW-Authenticate", "Slack-Link");
        }
        if (reply.location() != null) {
            ctx.header("Location", reply.location());
        }
        if (reply.setCookie() != null) {
            ctx.header("Set-Cookie", reply.setCookie());
        }
        if (!reply.html().isEmpty()) {
            ctx.contentType(reply.contentType()).result(reply.html());
        }
    }
}
