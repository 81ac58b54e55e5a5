package dev.gopherbot.gateway.events;

import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.ingress.Audience;
import dev.gopherbot.gateway.ingress.SignedRequest;
import dev.gopherbot.gateway.ingress.SlackEndpoint;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.queue.EventQueue;
import dev.gopherbot.gateway.queue.QueuedEvent;
import dev.gopherbot.gateway.reply.Reply;
import java.util.Set;

/**
 * {@code POST /slack/<app>/events}: answers the URL verification handshake and appends the event types the app
 * subscribed to to its streams. Every other type is acknowledged with 200, because Slack retries anything else and,
 * when too many deliveries fail, disables the app's event subscriptions.
 */
public final class EventsEndpoint implements SlackEndpoint {
    /** Under an app's {@code /slack/<app>}, and under {@code /slack} in a deployment of one app. */
    public static final String SUFFIX = "/events";
    /** Where a deployment of one app answers, as before apps existed. */
    public static final String PATH = "/slack" + SUFFIX;

    private final String app;
    private final Set<String> eventTypes;
    private final Audience audience;
    private final EventQueue queue;
    private final GatewayMetrics metrics;

    /** @param eventTypes the Events API types the app subscribed to */
    public EventsEndpoint(String app, Set<String> eventTypes, Audience audience, EventQueue queue,
                          GatewayMetrics metrics) {
        this.app = app;
        this.eventTypes = Set.copyOf(eventTypes);
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
        if (!eventTypes.contains(envelope.eventType())) {
            return Reply.ignored(envelope.eventId(), envelope.eventType());
        }
        StreamKind kind = StreamKind.forEvent(app, envelope.eventType(), envelope.channelType());
        QueuedEvent event = new QueuedEvent(envelope.eventId(), envelope.eventTime(), request.receivedAtMs(),
                request.requestId(), request.retryNum(), request.body());
        long start = System.nanoTime();
        EventQueue.Result result = queue.append(kind, event);
        metrics.enqueueLatency(kind, System.nanoTime() - start);
        return result == EventQueue.Result.APPENDED
                ? Reply.enqueued(envelope.eventId(), kind.wireName())
                : Reply.duplicate(envelope.eventId(), kind.wireName());
    }
}
