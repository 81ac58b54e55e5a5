package dev.gopherbot.bench.drain;

import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.bench.options.BenchOptions;
import dev.gopherbot.bench.process.ChildJvm;
import dev.gopherbot.bench.process.Dynos;
import dev.gopherbot.bench.process.GroupProgress;
import dev.gopherbot.bench.process.JvmSettings;
import dev.gopherbot.bench.report.Report;
import dev.gopherbot.bench.report.Section;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.FakeSlack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A backlog of {@code --entries} stream entries, then one consumer process (a child JVM, as on a dyno), then two:
 * the time from launch until the group has every entry acknowledged, with the fake Slack answering at once. The rate
 * counts from when the consumers were reading (start-up is in the footprint section), so it is the drain alone.
 */
public final class ConsumerDrain implements Section {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(10);

    @Override
    public String name() {
        return "drain";
    }

    @Override
    public void run(BenchOptions options, Report report) throws Exception {
        JvmSettings jvm = JvmSettings.from(options);
        Report.Table table = report.heading("Consumer drain: " + options.entries() + " entries already in the stream")
                .paragraph("Half the messages say \"gopher\" (one reactions.add each), half need nothing. Consumers "
                        + "are child JVMs (" + jvm + "), default `CONSUMER_CONCURRENCY`; rate = entries / time from "
                        + "the last consumer reading to the last acknowledgement.")
                .table("consumer processes", "launch → all acknowledged s", "drain s", "events/s",
                        "events/s per process", "reactions.add ok / expected", "other Slack calls",
                        "consumer CPU ms per event", "RSS after MB");
        double perProcess = Double.MAX_VALUE;
        for (int processes : options.consumers()) {
            perProcess = Math.min(perProcess, drain(options, jvm, processes, table));
        }
        table.end();
        report.target("consumer drain", "≥ 10,000 events/s per process",
                String.format("%,.0f events/s per process (lowest of the runs)", perProcess),
                perProcess >= 10_000);
    }

    /** One drain; returns events/s per process. */
    private static double drain(BenchOptions options, JvmSettings jvm, int processes, Report.Table table)
            throws Exception {
        try (RedisServer redis = RedisServer.startEphemeral();
             FakeSlack slack = FakeSlack.start();
             Dynos dynos = Dynos.start(options.root(), jvm, redis.url(), slack)) {
            AtomicLong reactions = new AtomicLong();
            AtomicLong others = new AtomicLong();
            slack.api().onCall(call -> {
                if (call.method().equals("reactions.add") && call.succeeded()) {
                    reactions.incrementAndGet();
                } else if (!call.method().equals("auth.test")) {
                    others.incrementAndGet();
                }
            });
            Backlog backlog = Backlog.write(redis.url(), dynos.keys(), slack.workspace(), options.entries(),
                    processes);
            String stream = dynos.keys().stream(StreamKind.messagePublic(GopherbotApp.NAME));

            List<ChildJvm> consumers = new ArrayList<>();
            try {
                long launched = System.nanoTime();
                for (int i = 1; i <= processes; i++) {
                    consumers.add(dynos.consumer("bench-drain-" + processes + "-" + i));
                }
                for (ChildJvm consumer : consumers) {
                    consumer.awaitReady(dynos.consumersReading(processes), READY_TIMEOUT);
                }
                long reading = System.nanoTime();
                double cpuBefore = consumers.stream().mapToDouble(ChildJvm::cpuSeconds).sum();
                long deadline = reading + DRAIN_TIMEOUT.toNanos();
                while (!GroupProgress.of(dynos.redis(), stream, Dynos.APP).done(backlog.entries())) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the backlog was not drained within "
                                + DRAIN_TIMEOUT.toMinutes() + " min: " + consumers.getFirst().tail());
                    }
                    Thread.sleep(5); // polling Redis for progress
                }
                long done = System.nanoTime();
                double cpu = consumers.stream().mapToDouble(ChildJvm::cpuSeconds).sum() - cpuBefore;
                double drainSeconds = (done - reading) / 1e9;
                double rate = backlog.entries() / drainSeconds;
                List<String> rss = consumers.stream()
                        .map(c -> String.format("%.0f", c.memory().rssMb())).toList();
                table.row(processes, String.format("%.2f", (done - launched) / 1e9),
                        String.format("%.2f", drainSeconds),
                        String.format("%,.0f", rate), String.format("%,.0f", rate / processes),
                        String.format("%,d / %,d", reactions.get(), backlog.reactions()), others.get(),
                        String.format("%.3f", 1000 * cpu / backlog.entries()), String.join(", ", rss));
                return rate / processes;
            } finally {
                for (ChildJvm consumer : consumers) {
                    consumer.close();
                }
            }
        }
    }
}
