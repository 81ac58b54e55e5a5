package dev.gopherbot.bench.endtoend;

import dev.gopherbot.bench.http.LoadRun;
import dev.gopherbot.bench.http.RequestSource;
import dev.gopherbot.bench.http.RunResult;
import dev.gopherbot.bench.options.BenchOptions;
import dev.gopherbot.bench.process.ChildJvm;
import dev.gopherbot.bench.process.Dynos;
import dev.gopherbot.bench.process.JvmSettings;
import dev.gopherbot.bench.report.Report;
import dev.gopherbot.bench.report.Section;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.FakeSlack;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * The whole path at a steady rate: signed events into the gateway (a child JVM), through Redis, to the consumer (a
 * child JVM), which calls {@code reactions.add} on the fake Slack (in this JVM). Latency runs from when each request
 * was due (open loop, so a stall is counted in full) to when the fake received the call.
 */
public final class EndToEnd implements Section {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(30);
    /** Enough connections that a slow answer does not delay the next request at 500/s. */
    private static final int CONNECTIONS = 16;
    private static final AtomicLong SEEDS = new AtomicLong(500);

    @Override
    public String name() {
        return "e2e";
    }

    @Override
    public void run(BenchOptions options, Report report) throws Exception {
        JvmSettings jvm = JvmSettings.from(options);
        try (RedisServer redis = RedisServer.startEphemeral();
             FakeSlack slack = FakeSlack.start();
             Dynos dynos = Dynos.start(options.root(), jvm, redis.url(), slack)) {
            int port = Dynos.freePort();
            try (ChildJvm gateway = dynos.gateway("bench-gateway", port);
                 ChildJvm consumer = dynos.consumer("bench-consumer")) {
                gateway.awaitReady(dynos.gatewayReady(port), READY_TIMEOUT);
                consumer.awaitReady(dynos.consumersReading(1), READY_TIMEOUT);

                SlackArrivals arrivals = new SlackArrivals();
                slack.api().onCall(arrivals::onCall);
                Supplier<RequestSource> sources = () -> new PostedMessages(Dynos.SIGNING_SECRET, slack.workspace(),
                        arrivals, SEEDS.incrementAndGet());
                LoadRun.fixedRate(port, CONNECTIONS, options.warmup(), options.rate(), sources);
                arrivals.awaitAll(SETTLE);
                arrivals.reset();
                slack.api().clearCalls();

                double gatewayCpu = gateway.cpuSeconds();
                double consumerCpu = consumer.cpuSeconds();
                RunResult http = LoadRun.fixedRate(port, CONNECTIONS, options.duration(), options.rate(), sources);
                int missing = arrivals.awaitAll(SETTLE);
                long events = http.ok() + http.non2xx();
                gatewayCpu = 1000 * (gateway.cpuSeconds() - gatewayCpu) / events;
                consumerCpu = 1000 * (consumer.cpuSeconds() - consumerCpu) / events;
                Histogram e2e = arrivals.latency();
                report.heading("End to end at " + options.rate() + " events/s: gateway receives → fake Slack receives "
                                + "reactions.add")
                        .paragraph("Gateway and consumer are child JVMs (" + jvm + "); the fake Slack answers at once. "
                                + "Latency from when each request was due (open loop).")
                        .table("target rate/s", "achieved/s", "events", "gateway answer p50 / p99 ms",
                                "e2e p50 ms", "e2e p99 ms", "e2e p99.9 ms", "e2e max ms", "non-2xx",
                                "no Slack call", "CPU ms per event: gateway / consumer")
                        .row(options.rate(), String.format("%.0f", http.perSecond()), events,
                                http.millis(50) + " / " + http.millis(99), ms(e2e, 50), ms(e2e, 99),
                                ms(e2e, 99.9), String.format("%.2f", e2e.getMaxValue() / 1000.0),
                                http.non2xx() + http.errors(), missing,
                                String.format("%.3f / %.3f", gatewayCpu, consumerCpu))
                        .end();
                double p99 = e2e.getValueAtPercentile(99) / 1000.0;
                boolean complete = missing == 0 && http.non2xx() + http.errors() == 0;
                report.target("end-to-end p99 at " + options.rate() + "/s", "≤ 20 ms",
                        String.format("%.2f ms%s", p99, complete ? "" : " (" + missing + " events without a call)"),
                        p99 <= 20 && complete);
            }
        }
    }

    private static String ms(Histogram h, double percentile) {
        return String.format("%.2f", h.getValueAtPercentile(percentile) / 1000.0);
    }
}
