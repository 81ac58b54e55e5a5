package dev.gopherbot.gateway.webhooks;

import dev.gopherbot.app.AppDefinition.WebhookReg;
import dev.gopherbot.app.ingress.Acceptance;
import dev.gopherbot.app.ingress.GetAcceptance;
import dev.gopherbot.app.ingress.WebRequest;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.ingress.BodyLimit;
import dev.gopherbot.gateway.ingress.RequestIds;
import dev.gopherbot.gateway.ingress.RequestLog;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.queue.Acknowledger;
import dev.gopherbot.gateway.queue.QueueUnavailable;
import dev.gopherbot.gateway.queue.QueuedEvent;
import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.Reply;
import dev.gopherbot.gateway.reply.RequestRejected;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET|POST /hooks/<app>/<name>}: a third party's webhook. The app's {@code Webhook} decides on each POST —
 * verified, then enqueued once per dedup key into the app's {@code webhook.<name>} stream, acknowledged without
 * storing, or refused — and on each GET: answered (subscription handshakes), or enqueued the same way with its query
 * string as the body (a browser back from an OAuth provider) and answered with the app's page. Errors are caught here,
 * once, and every request gets one reply, one count and one log line, as the Slack routes do. The log line names the
 * route, never the query string, where such callbacks carry codes.
 */
public final class WebhookRoute implements Handler {
    private static final String HTML = "text/html";

    private final String route;
    private final WebhookReg hook;
    private final StreamKind kind;
    private final BodyLimit limit;
    private final Acknowledger acknowledger;
    private final GatewayMetrics metrics;

    public WebhookRoute(String app, WebhookReg hook, BodyLimit limit, Acknowledger acknowledger,
                        GatewayMetrics metrics) {
        this.route = path(app, hook.name());
        this.hook = hook;
        this.kind = StreamKind.webhook(app, hook.name());
        this.limit = limit;
        this.acknowledger = acknowledger;
        this.metrics = metrics;
    }

    public static String path(String app, String hook) {
        return "/hooks/" + app + "/" + hook;
    }

    public String route() {
        return route;
    }

    @Override
    public void handle(Context ctx) {
        long start = System.nanoTime();
        String requestId = RequestIds.resolve(ctx.header(RequestIds.HEADER));
        ctx.header(RequestIds.HEADER, requestId);
        Reply reply;
        Throwable failure = null;
        try {
            reply = ctx.method() == HandlerType.GET ? get(ctx, requestId) : post(ctx, requestId);
        } catch (RequestRejected e) {
            reply = Reply.rejected(e);
        } catch (QueueUnavailable e) {
            reply = new Reply(Outcome.UNAVAILABLE, "", "redis unavailable", null, null);
        } catch (RuntimeException e) {
            // the app's code threw: a bug to fix, and the sender retries
            reply = new Reply(Outcome.INTERNAL_ERROR, "", "internal error", null, null);
            failure = e;
        }
        ctx.status(reply.outcome().status());
        if (reply.contentType().startsWith(HTML)) {
            // a page for a browser, reached from another site: no scripts, no framing, and its URL (which may hold
            // a one-time code) neither cached nor sent on as a referrer
            ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'")
                    .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }
        if (!reply.body().isEmpty()) {
            ctx.contentType(reply.contentType()).result(reply.body());
        }
        metrics.request(route, reply);
        RequestLog.record(ctx.method().name(), route, requestId, reply, start, failure);
    }

    private Reply get(Context ctx, String requestId) {
        WebRequest request = request(ctx, new byte[0]);
        return switch (hook.webhook().acceptGet(request)) {
            case GetAcceptance.Answer a -> new Reply(outcomeFor(a.reply().status()), a.reply().body(),
                    a.reason() != null ? a.reason() : a.reply().status() >= 400 ? "refused" : null, null, null,
                    a.reply().contentType());
            case GetAcceptance.Enqueue e -> {
                String query = ctx.queryString() == null ? "" : ctx.queryString();
                Reply stored = acknowledger.append(kind, new QueuedEvent(e.dedupKey(), e.eventTime(),
                        request.receivedAt().toEpochMilli(), requestId, 0, query.getBytes(StandardCharsets.UTF_8)));
                // stored now or before (a reload): the caller sees the same page either way
                yield new Reply(stored.outcome(), e.reply().body(), stored.reason(), stored.eventId(), stored.kind(),
                        e.reply().contentType());
            }
        };
    }

    private Reply post(Context ctx, String requestId) {
        byte[] body;
        try {
            body = limit.read(ctx.req().getContentLengthLong(), ctx.req().getInputStream());
        } catch (IOException e) {
            throw RequestRejected.badRequest("body could not be read");
        }
        WebRequest request = request(ctx, body);
        return switch (hook.webhook().accept(request)) {
            case Acceptance.Enqueue e -> acknowledger.append(kind, new QueuedEvent(e.dedupKey(), e.eventTime(),
                    request.receivedAt().toEpochMilli(), requestId, 0, body));
            case Acceptance.Ignore i -> Reply.ignored(null, i.reason());
            // the reason is for our log: a caller probing the hook learns nothing from the answer
            case Acceptance.Reject r -> new Reply(outcomeFor(r.status()), "", r.reason(), null, null);
        };
    }

    private static WebRequest request(Context ctx, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        Map<String, List<String>> query = ctx.queryParamMap();
        return new WebRequest(ctx.method().name(), ctx.path(), query, headers, body, Instant.now());
    }

    private static Outcome outcomeFor(int status) {
        return switch (status) {
            case 200, 201, 202, 204 -> Outcome.ANSWERED;
            case 401 -> Outcome.UNAUTHORIZED;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            case 405 -> Outcome.METHOD_NOT_ALLOWED;
            case 413 -> Outcome.TOO_LARGE;
            case 415 -> Outcome.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> Outcome.UNAVAILABLE;
            default -> status < 500 ? Outcome.BAD_REQUEST : Outcome.INTERNAL_ERROR;
        };
    }
}
