package dev.gopherbot.gateway.events;

import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.ingress.Audience;
import dev.gopherbot.gateway.ingress.Reply;
import dev.gopherbot.gateway.ingress.SignedRequest;
import dev.gopherbot.gateway.ingress.SlackEndpoint;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.queue.EventQueue;
import dev.gopherbot.gateway.queue.QueuedEvent;
import java.util.Optional;

/**
 * {@code POST /slack/events}: answers the URL verification handshake and appends routed events to their stream.
 * Every event type it does not route is acknowledged with 200, because Slack retries anything else and, when too
 * many deliveries fail, disables the app's event subscriptions.
 */
public final class EventsEndpoint implements SlackEndpoint {
    public static final String PATH = "/slack/events";

    private final Audience audience;
    private final EventQueue queue;
    private final GatewayMetrics metrics;

    public EventsEndpoint(Audience audience, EventQueue queue, GatewayMetrics metrics) {
        this.audience = audience;
        this.queue = queue;
        this.metrics = metrics;
    }

    @Override
    public Reply handle(SignedRequest request) {
        Envelope envelope = EnvelopeParser.parse(request.body());
        return switch (envelope.type()) {
            // Slack sends no app or team id with the handshake, so the audience check cannot apply to it
            case Envelope.URL_VERIFICATION -> Reply.challenge(envelope.challenge());
            case Envelope.EVENT_CALLBACK -> eventCallback(envelope, request);
            default -> Reply.ignored(envelope.eventId(), envelope.type());
        };
    }

    private Reply eventCallback(Envelope envelope, SignedRequest request) {
        audience.verify(envelope.apiAppId(), envelope.teamId());
        Optional<StreamKind> kind = StreamKind.forEvent(envelope.eventType(), envelope.channelType());
        if (kind.isEmpty()) {
            return Reply.ignored(envelope.eventId(), envelope.eventType());
        }
        QueuedEvent event = new QueuedEvent(envelope.eventId(), envelope.eventTime(), request.receivedAtMs(),
                request.requestId(), request.retryNum(), request.body());
        long start = System.nanoTime();
        EventQueue.Result result = queue.append(kind.get(), event);
        metrics.enqueueLatency(kind.get(), System.nanoTime() - start);
        return result == EventQueue.Result.APPENDED
                ? Reply.enqueued(envelope.eventId(), kind.get().wireName())
                : Reply.duplicate(envelope.eventId(), kind.get().wireName());
    }
}
