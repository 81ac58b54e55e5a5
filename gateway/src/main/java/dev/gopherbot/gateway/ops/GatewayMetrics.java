package dev.gopherbot.gateway.ops;

import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.DoubleStream;

/**
 * The gateway's metrics, served at {@code /metrics} in Prometheus text format. Names as scraped:
 * {@code gateway_requests_total{route,outcome}}, {@code gateway_enqueue_latency_seconds{kind}} (histogram),
 * {@code gateway_dedup_hits_total{kind}}, {@code gateway_events_unknown_total{event_type}}, plus JVM and process
 * metrics. Each app instance has its own registry, so several gateways in one test JVM do not share counts.
 */
public final class GatewayMetrics implements AutoCloseable {
    private static final int MAX_TAG_LENGTH = 64;
    /** Explicit buckets, from a local Redis round trip up to the 2 s the gateway allows before answering 503. */
    private static final Duration[] LATENCY_BUCKETS = DoubleStream
            .of(0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2000)
            .mapToObj(ms -> Duration.ofNanos((long) (ms * 1_000_000))).toArray(Duration[]::new);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<String, Map<Outcome, Counter>> requests = new ConcurrentHashMap<>();
    private final Map<StreamKind, Timer> enqueueLatency = new ConcurrentHashMap<>();
    private final Map<StreamKind, Counter> dedupHits = new ConcurrentHashMap<>();
    private final Map<String, Counter> unknownEvents = new ConcurrentHashMap<>();

    /** @param kinds every stream the gateway appends to, so each series exists (at zero) from the start */
    public GatewayMetrics(List<StreamKind> kinds) {
        for (StreamKind kind : kinds) {
            enqueueLatency.put(kind, Timer.builder("gateway.enqueue.latency")
                    .description("Time of the dedup-and-append script, one Redis round trip")
                    .tag("kind", kind.wireName())
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry));
            dedupHits.put(kind, Counter.builder("gateway.dedup.hits")
                    .description("Events not stored again because their event_id was already stored")
                    .tag("kind", kind.wireName()).register(registry));
        }
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Counts one answered request and what it implies (a dedup hit, an unrouted event type). */
    public void request(String route, Reply reply) {
        requests.computeIfAbsent(route, this::countersFor).get(reply.outcome()).increment();
        switch (reply.outcome()) {
            case DUPLICATE -> StreamKind.fromWireName(reply.kind()).map(dedupHits::get)
                    .ifPresent(Counter::increment);
            case IGNORED -> unknownEvents.computeIfAbsent(tagValue(reply.reason()), type -> Counter
                    .builder("gateway.events.unknown")
                    .description("Events acknowledged without being stored because the bot does not route their type")
                    .tag("event_type", type).register(registry)).increment();
            default -> {
            }
        }
    }

    public void enqueueLatency(StreamKind kind, long nanos) {
        Timer timer = enqueueLatency.get(kind);
        if (timer != null) {
            timer.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    private Map<Outcome, Counter> countersFor(String route) {
        Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome, Counter.builder("gateway.requests")
                    .description("Requests answered, by route and outcome")
                    .tag("route", route).tag("outcome", outcome.tag())
                    .tag("status", Integer.toString(outcome.status())).register(registry));
        }
        return byOutcome;
    }

    /** Event types come from signed Slack requests, but a tag value must still stay short and plain. */
    static String tagValue(String eventType) {
        if (eventType == null || eventType.isEmpty() || eventType.length() > MAX_TAG_LENGTH) {
            return "other";
        }
        for (int i = 0; i < eventType.length(); i++) {
            char c = eventType.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.')) {
                return "other";
            }
        }
        return eventType;
    }
}
