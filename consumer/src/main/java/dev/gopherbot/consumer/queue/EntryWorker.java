package dev.gopherbot.consumer.queue;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.UnreadableEntry;
import dev.gopherbot.common.retry.Backoff;
import dev.gopherbot.consumer.dispatch.EffectLedger;
import dev.gopherbot.consumer.dispatch.HandlerCall;
import dev.gopherbot.consumer.dispatch.HandlerRunner;
import dev.gopherbot.consumer.dispatch.HostedApp;
import dev.gopherbot.consumer.events.Event;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Handles one delivered entry to the end, and is the only place that decides its fate: acknowledge (done, discarded,
 * ignored), retry after a backoff (the delivery counter goes up), or move it to the dead letters once
 * {@code MAX_DELIVERIES} is reached. Errors are caught here, once.
 */
public final class EntryWorker {
    private static final Logger log = LoggerFactory.getLogger(EntryWorker.class);
    /** Between tries of a Redis step of the worker's own (an ack, a claim): Lettuce reconnects meanwhile. */
    static final Backoff REDIS_PAUSE = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(2));
    /**
     * How long "done" markers live: longer than a redelivery takes, and long enough for an operator to requeue a dead
     * letter after a weekend without repeating the handlers that had succeeded.
     */
    static final Duration EFFECT_TTL = Duration.ofDays(3);

    /** What the worker needs to know about the queue's policy. */
    public record Policy(int maxDeliveries, Duration retryBackoff, Duration visibilityTimeout) {
        /** Doubles per delivery, capped at half the visibility timeout; never sooner than the handler asked. */
        Duration backoff(long deliveries, Duration requested) {
            Duration chosen = Backoff.exponential(retryBackoff, visibilityTimeout.dividedBy(2)).delay(deliveries);
            return requested.compareTo(chosen) > 0 ? requested : chosen;
        }
    }

    private final Policy policy;
    private final RedisCommands<String, String> redis;
    private final Streams streams;
    private final String consumer;
    private final Map<String, HostedApp> apps;
    private final HandlerRunner runner = new HandlerRunner();
    private final DeadLetters deadLetters;
    private final InFlight inFlight;
    private final CountDownLatch stopping;
    private final AtomicLong settled = new AtomicLong();
    private final OwnedClaims claims;

    public EntryWorker(Policy policy, RedisCommands<String, String> redis, Streams streams, String consumer,
                       Map<String, HostedApp> apps, DeadLetters deadLetters,
                       InFlight inFlight, CountDownLatch stopping) {
        this.policy = policy;
        this.redis = redis;
        this.streams = streams;
        this.consumer = consumer;
        this.apps = Map.copyOf(apps);
        this.deadLetters = deadLetters;
        this.inFlight = inFlight;
        this.stopping = stopping;
        this.claims = new OwnedClaims(redis);
    }

    /** Entries acknowledged or moved to the dead letters by this process. */
    public long settled() {
        return settled.get();
    }

    /** Runs {@code first} to the end; the caller registered it in {@link InFlight}, and this removes it. */
    public void process(Delivery first) {
        inFlight.running();
        try {
            handle(first);
        } catch (RuntimeException e) {
            // a bug in the worker itself: the entry stays pending and is reclaimed after the visibility timeout
            log.error("entry {} of {} could not be processed", first.id(), first.kind().wireName(), e);
        } finally {
            inFlight.remove(first);
            inFlight.finished();
        }
    }

    private void handle(Delivery first) {
        HostedApp app = apps.get(first.kind().app());
        if (app == null) {
            // the stream list is built from the apps, so this is a bug rather than bad data: leave it pending
            throw new IllegalStateException("no app \"" + first.kind().app() + "\" for " + first.kind().wireName());
        }
        Event event;
        try {
            event = app.reader().read(first.entry());
        } catch (UnreadableEntry e) {
            bury(first, "unreadable: " + e.getMessage());
            return;
        }
        if (first.deliveries() > policy.maxDeliveries()) {
            // it was delivered that often without ever finishing: its consumers died (or were killed) mid-handler
            bury(first, "delivered " + first.deliveries() + " times without finishing");
            return;
        }
        EffectLedger ledger = new EffectLedger(redis, streams.keys(), first.kind(), event.eventId(),
                EFFECT_TTL);
        Delivery d = first;
        while (true) {
            long started = System.nanoTime();
            Optional<String> ignored = app.rules().ignoreReason(event, d.requeued());
            HandlerRunner.Result result;
            if (ignored.isPresent()) {
                result = new HandlerRunner.Result(Outcome.done(), List.of());
            } else {
                List<HandlerCall> calls = app.dispatcher().calls(event);
                result = runner.run(calls, ledger);
            }
            logLine(d, event, result, ignored.orElse(null), started);
            if (!(result.outcome() instanceof Outcome.Retry retry)) {
                ack(d);
                return;
            }
            if (d.deliveries() >= policy.maxDeliveries()) {
                bury(d, retry.reason());
                return;
            }
            if (waitOrStop(policy.backoff(d.deliveries(), retry.after()))) {
                return; // shutting down: the entry stays pending for a peer
            }
            Optional<Delivery> again = claimAgain(d);
            if (again.isEmpty()) {
                return; // no longer ours (acknowledged or claimed elsewhere, or trimmed)
            }
            d = again.get();
        }
    }

    /**
     * Claims the entry again, which counts as a new delivery in Redis (XPENDING shows the true count) — only if it is
     * still pending for this consumer: one a peer reclaimed meanwhile is the peer's now.
     */
    private Optional<Delivery> claimAgain(Delivery d) {
        return withRedis("claim " + d.id(), () -> claims.claimAgain(streams.key(d.kind()), streams.group(),
                consumer, d.id())).filter(ours -> ours).map(ours -> d.redelivered(d.deliveries() + 1));
    }

    private void ack(Delivery d) {
        withRedis("ack " + d.id(), () -> redis.xack(streams.key(d.kind()), streams.group(), d.id()))
                .ifPresent(n -> settled.incrementAndGet());
    }

    private void bury(Delivery d, String error) {
        Optional<String> deadId = withRedis("dead-letter " + d.id(),
                () -> deadLetters.bury(d, streams.group(), consumer, error)).flatMap(o -> o);
        if (deadId.isPresent()) {
            settled.incrementAndGet();
            log.atWarn().addKeyValue("stream", d.kind().wireName()).addKeyValue("entry_id", d.id())
                    .addKeyValue("dead_id", deadId.get()).addKeyValue("deliveries", d.deliveries())
                    .addKeyValue("error", error).log("entry moved to dead letters");
        }
    }

    /**
     * Runs a Redis step of the worker's own, waiting out a short Redis outage (Lettuce reconnects by itself). Gives
     * up after the visibility timeout or on shutdown: the entry then stays pending and is reclaimed later.
     */
    private <T> Optional<T> withRedis(String what, Supplier<T> step) {
        long deadline = System.nanoTime() + policy.visibilityTimeout().toNanos();
        for (int failures = 1; ; failures++) {
            try {
                return Optional.of(step.get());
            } catch (RedisException e) {
                if (System.nanoTime() > deadline) {
                    log.warn("gave up on {} after Redis failures: {}", what, e.toString());
                    return Optional.empty();
                }
                if (waitOrStop(REDIS_PAUSE.delay(failures))) {
                    return Optional.empty();
                }
            }
        }
    }

    /** Waits; true when the process is stopping (or the thread was interrupted) instead. */
    private boolean waitOrStop(Duration wait) {
        try {
            return stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void logLine(Delivery d, Event event, HandlerRunner.Result result, String ignored, long started) {
        LoggingEventBuilder line = switch (result.outcome()) {
            case Outcome.Retry r -> log.atWarn().addKeyValue("reason", r.reason());
            case Outcome.Discard x -> log.atWarn().addKeyValue("reason", x.reason());
            // ignored events and messages no handler wanted are most of the traffic: debug, not info
            case Outcome.Done x -> ignored != null ? log.atDebug().addKeyValue("reason", ignored)
                    : result.handlers().isEmpty() ? log.atDebug() : log.atInfo();
        };
        line.addKeyValue("stream", d.kind().wireName()).addKeyValue("entry_id", d.id())
                .addKeyValue("event_id", event.eventId()).addKeyValue("delivery", d.deliveries())
                .addKeyValue("outcome", ignored != null ? "ignored" : outcomeName(result.outcome()))
                .addKeyValue("handlers", String.join(",", result.handlers()))
                .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
                .log("event handled");
    }

    private static String outcomeName(Outcome o) {
        return switch (o) {
            case Outcome.Done x -> "done";
            case Outcome.Retry x -> "retry";
            case Outcome.Discard x -> "discard";
        };
    }
}
