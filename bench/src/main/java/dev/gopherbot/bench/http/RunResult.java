package dev.gopherbot.bench.http;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What one measured run produced.
 *
 * @param latencyMicros response times in microseconds; for fixed-rate runs, measured from when each request was due
 *                      (so a stalled server cannot hide its backlog: no coordinated omission)
 * @param errors        requests that got no response at all (connection failures)
 */
public record RunResult(long ok, long non2xx, long errors, Duration elapsed, Histogram latencyMicros) {

    public double perSecond() {
        return (ok + non2xx) / (elapsed.toNanos() / 1e9);
    }

    public String millis(double percentile) {
        return String.format("%.2f", latencyMicros.getValueAtPercentile(percentile) / 1000.0);
    }
}
