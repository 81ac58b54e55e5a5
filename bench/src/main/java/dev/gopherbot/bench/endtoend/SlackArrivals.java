package dev.gopherbot.bench.endtoend;

import dev.gopherbot.testkit.slack.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Pairs each message sent to the gateway with the {@code reactions.add} call the fake Slack received for it (by
 * channel and message timestamp) and records the time between the two.
 *
 * <p>The load generator gives send times on {@link System#nanoTime()}; the fake stamps calls with {@link Instant}.
 * Both run in this JVM, so one anchor taken at construction converts between them (wall-clock steps during a run of
 * seconds are far below the figures' resolution).
 */
final class SlackArrivals {
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final long anchorNanos = System.nanoTime();
    private final Instant anchorWall = Instant.now();
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();
    private Histogram latency = new Histogram(MAX_MICROS, 3);
    private long unmatched;

    /** A message with this key went to the gateway at {@code atNanos}. */
    void sent(String key, long atNanos) {
        waiting.put(key, atNanos);
    }

    /** The fake Slack's listener. */
    void onCall(Call call) {
        if (!call.method().equals("reactions.add")) {
            return;
        }
        Long sentAt = waiting.remove(key(call.param("channel"), call.param("timestamp")));
        synchronized (this) {
            if (sentAt == null) {
                unmatched++;
                return;
            }
            long micros = (toNanos(call.receivedAt()) - sentAt) / 1000;
            latency.recordValue(Math.max(0, Math.min(micros, MAX_MICROS)));
        }
    }

    static String key(String channel, String ts) {
        return channel + "/" + ts;
    }

    /** Waits until every sent message has its call; returns how many are still missing after {@code timeout}. */
    int awaitAll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20); // polling a counter fed by the fake's threads
        }
        return waiting.size();
    }

    /** Starts a new measurement: forgets what was recorded (after a warm-up). */
    synchronized void reset() {
        waiting.clear();
        latency = new Histogram(MAX_MICROS, 3);
        unmatched = 0;
    }

    synchronized Histogram latency() {
        return latency.copy();
    }

    synchronized long unmatched() {
        return unmatched;
    }

    private long toNanos(Instant instant) {
        return anchorNanos + Duration.between(anchorWall, instant).toNanos();
    }
}
