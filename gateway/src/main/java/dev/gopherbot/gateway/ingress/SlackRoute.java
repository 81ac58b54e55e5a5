package dev.gopherbot.gateway.ingress;

import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.queue.QueueUnavailable;
import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.Reply;
import dev.gopherbot.gateway.reply.RequestRejected;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * A Slack-facing POST route: request id, the shared checks of {@link SignedRequestReader}, the endpoint, then exactly
 * one reply, one count and one log line. Errors are caught here, once. Slash commands and interactivity use it
 * with {@link ContentTypes#FORM} and their own endpoint.
 */
public final class SlackRoute implements Handler {
    private final String route;
    private final String mediaType;
    private final SignedRequestReader reader;
    private final SlackEndpoint endpoint;
    private final GatewayMetrics metrics;

    public SlackRoute(String route, String mediaType, SignedRequestReader reader, SlackEndpoint endpoint,
                      GatewayMetrics metrics) {
        this.route = route;
        this.mediaType = mediaType;
        this.reader = reader;
        this.endpoint = endpoint;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        long start = System.nanoTime();
        String requestId = RequestIds.resolve(ctx.header(RequestIds.HEADER));
        ctx.header(RequestIds.HEADER, requestId);
        Reply reply;
        Throwable failure = null;
        try {
            reply = endpoint.handle(reader.read(ctx, mediaType, requestId));
        } catch (RequestRejected e) {
            reply = Reply.rejected(e);
        } catch (QueueUnavailable e) {
            reply = new Reply(Outcome.UNAVAILABLE, "redis unavailable", e.getMessage(), null, null);
        } catch (RuntimeException e) {
            reply = new Reply(Outcome.INTERNAL_ERROR, "internal error", e.toString(), null, null);
            failure = e;
        }
        write(ctx, reply);
        metrics.request(route, reply);
        RequestLog.record(ctx.method().name(), route, requestId, reply, start, failure);
    }

    static void write(Context ctx, Reply reply) {
        ctx.status(reply.outcome().status());
        if (!reply.body().isEmpty()) {
            ctx.contentType(reply.contentType()).result(reply.body());
        }
    }
}
