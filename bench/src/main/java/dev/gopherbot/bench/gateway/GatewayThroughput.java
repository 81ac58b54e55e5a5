package dev.gopherbot.bench.gateway;

import dev.gopherbot.bench.BenchOptions;
import dev.gopherbot.bench.Report;
import dev.gopherbot.bench.Section;
import dev.gopherbot.bench.http.LoadRun;
import dev.gopherbot.bench.http.RunResult;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.GatewayApp;
import dev.gopherbot.gateway.GatewayConfig;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The gateway's peak throughput as a fraction of a trivial Javalin endpoint's on the same machine, with virtual and
 * with platform request threads, then its latency at half its peak rate. Every 2xx must have become exactly one
 * stream entry; the table says so for each gateway row.
 */
public final class GatewayThroughput implements Section {
    private static final String SECRET = "bench-signing-secret";
    private static final AtomicLong SEEDS = new AtomicLong(42);

    /** A started server and its port. */
    private record Target(AutoCloseable server, int port) {
    }

    /** Drives a port for a while: closed loop or fixed rate. */
    @FunctionalInterface
    private interface Load {
        RunResult drive(int port, Duration duration);
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public void run(BenchOptions options, Report report) throws Exception {
        try (RedisServer redis = RedisServer.startEphemeral();
             RedisClient client = RedisClient.create(redis.url());
             StatefulRedisConnection<String, String> streams = client.connect()) {
            Load peakLoad = (port, d) -> LoadRun.closedLoop(port, options.concurrency(), d, GatewayThroughput::events);
            Report.Table peak = report.heading("Gateway: peak throughput (" + options.concurrency()
                    + " connections, closed loop)").table("target", "request threads", "events/s", "p50 ms",
                    "p99 ms", "p99.9 ms", "non-2xx", "errors", "entries in streams", "of ceiling");
            double bestRate = 0;
            boolean bestVirtual = true;
            for (boolean virtual : new boolean[] {true, false}) {
                String threads = virtual ? "virtual" : "platform";
                RunResult ceiling = measure(options, peakLoad, () -> ceiling(virtual), () -> { });
                peak.row("Javalin 200 OK", threads, rate(ceiling), ceiling.millis(50), ceiling.millis(99),
                        ceiling.millis(99.9), ceiling.non2xx(), ceiling.errors(), "-", "100%");

                RunResult gateway = measure(options, peakLoad, () -> gateway(redis, virtual), redis::flushAll);
                long entries = entries(streams);
                peak.row("gateway", threads, rate(gateway), gateway.millis(50), gateway.millis(99),
                        gateway.millis(99.9), gateway.non2xx(), gateway.errors(), entries + check(entries, gateway),
                        String.format("%.0f%%", 100 * gateway.perSecond() / ceiling.perSecond()));
                if (gateway.perSecond() > bestRate) {
                    bestRate = gateway.perSecond();
                    bestVirtual = virtual;
                }
            }
            peak.end();

            double halfRate = bestRate / 2;
            boolean virtual = bestVirtual;
            Load fixed = (port, d) -> LoadRun.fixedRate(port, options.concurrency(), d, halfRate,
                    GatewayThroughput::events);
            RunResult half = measure(options, fixed, () -> gateway(redis, virtual), redis::flushAll);
            long entries = entries(streams);
            report.heading("Gateway: latency at half the peak rate (open loop, latency from when each request was due)")
                    .table("request threads", "target rate/s", "achieved/s", "p50 ms", "p99 ms", "p99.9 ms",
                            "max ms", "non-2xx", "entries in streams")
                    .row(virtual ? "virtual" : "platform", String.format("%.0f", halfRate), rate(half),
                            half.millis(50), half.millis(99), half.millis(99.9),
                            String.format("%.2f", half.latencyMicros().getMaxValue() / 1000.0), half.non2xx(),
                            entries + check(entries, half))
                    .end();
        }
    }

    /** Starts a target, warms it up unmeasured, runs {@code beforeMeasuring}, measures, stops it. */
    private static RunResult measure(BenchOptions options, Load load, Supplier<Target> start, Runnable beforeMeasuring)
            throws Exception {
        Target target = start.get();
        try (AutoCloseable ignored = target.server()) {
            load.drive(target.port(), options.warmup());
            beforeMeasuring.run();
            return load.drive(target.port(), options.duration());
        }
    }

    private static Target ceiling(boolean virtualThreads) {
        CeilingServer server = new CeilingServer(virtualThreads);
        return new Target(server, server.port());
    }

    private static Target gateway(RedisServer redis, boolean virtualThreads) {
        Env env = new Env(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", SECRET, "REDIS_URL", redis.url()));
        GatewayConfig config = GatewayConfig.from(env);
        env.check();
        GatewayApp app = GatewayApp.start(config, virtualThreads);
        return new Target(app, app.port());
    }

    private static SignedEvents events() {
        return new SignedEvents(SECRET, SEEDS.incrementAndGet());
    }

    private static long entries(StatefulRedisConnection<String, String> redis) {
        Keys keys = new Keys(Keys.DEFAULT_PREFIX);
        return Arrays.stream(StreamKind.values()).mapToLong(k -> redis.sync().xlen(keys.stream(k))).sum();
    }

    /** Every 2xx must be exactly one entry: anything else is a lost or duplicated event, and the run is invalid. */
    private static String check(long entries, RunResult run) {
        return entries == run.ok() ? " (= 2xx)" : " (**≠ 2xx " + run.ok() + "**)";
    }

    private static String rate(RunResult run) {
        return String.format("%.0f", run.perSecond());
    }
}
