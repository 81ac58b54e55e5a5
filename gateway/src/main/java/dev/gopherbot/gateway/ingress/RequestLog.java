package dev.gopherbot.gateway.ingress;

import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.Reply;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One structured line per request: debug for requests that succeeded, info or warn for rejections (see
 * {@link Outcome#level()}). Carries the request id, outcome and reason, the event id and stream when known; never a
 * header value, the signing secret or a body.
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("gateway.requests");

    private RequestLog() {
    }

    public static void record(String method, String route, String requestId, Reply reply, long startNanos,
                              Throwable failure) {
        Outcome outcome = reply.outcome();
        if (!LOG.isEnabledForLevel(outcome.level())) {
            return;
        }
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos);
        LoggingEventBuilder line = LOG.atLevel(outcome.level())
                .addKeyValue("request_id", requestId)
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", outcome.status())
                .addKeyValue("outcome", outcome.tag())
                .addKeyValue("duration_ms", micros / 1000.0);
        if (reply.reason() != null) {
            line = line.addKeyValue("reason", reply.reason());
        }
        if (reply.eventId() != null) {
            line = line.addKeyValue("event_id", reply.eventId());
        }
        if (reply.kind() != null) {
            line = line.addKeyValue("kind", reply.kind());
        }
        if (failure != null) {
            line = line.setCause(failure);
        }
        line.log(outcome.rejected() ? "{} {} rejected: {} {}" : "{} {} {} {}", method, route, outcome.status(),
                reply.reason() == null ? outcome.tag() : reply.reason());
    }
}
