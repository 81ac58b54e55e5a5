package dev.gopherbot.bench.footprint;

import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.bench.gateway.SignedEvents;
import dev.gopherbot.bench.http.LoadRun;
import dev.gopherbot.bench.http.RunResult;
import dev.gopherbot.bench.options.BenchOptions;
import dev.gopherbot.bench.process.ChildJvm;
import dev.gopherbot.bench.process.Dynos;
import dev.gopherbot.bench.process.GroupProgress;
import dev.gopherbot.bench.process.JvmSettings;
import dev.gopherbot.bench.process.Readiness;
import dev.gopherbot.bench.report.Report;
import dev.gopherbot.bench.report.Section;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What each process costs on a dyno, per JVM setting: time from {@code java -jar} to ready (median of
 * {@code --starts} launches, each alone on the machine), and resident memory after load: the gateway driven at its
 * peak for warm-up + duration while the consumer handles every event (a reaction each) and bgtasks leads.
 */
public final class Footprint implements Section {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(5);
    /** What the Heroku Java buildpack puts in {@code JAVA_TOOL_OPTIONS} for a 512 MB dyno; Serial is what the JVM
     * picks by itself with 512 MB. */
    static final String HEROKU_DEFAULTS = "-XX:+UseSerialGC -Xmx300m -Xss512k -XX:CICompilerCount=2";
    private static final List<String> PROCESSES = List.of("gateway", "consumer", "bgtasks");
    private static final AtomicLong SEEDS = new AtomicLong(7000);

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public void run(BenchOptions options, Report report) throws Exception {
        JvmSettings deployed = JvmSettings.from(options);
        List<JvmSettings> settings = new ArrayList<>(List.of(
                JvmSettings.of(deployed.java(), HEROKU_DEFAULTS, "Heroku's defaults"), deployed));
        for (String compare : options.compare()) {
            settings.add(JvmSettings.of(deployed.java(), compare, "--compare"));
        }
        Report.Table table = report.heading("Footprint per process on a 512 MB dyno")
                .paragraph("Ready: median of " + options.starts() + " launches (min–max), each process alone; gateway "
                        + "= `/healthz` answers 200, consumer = its reader connection has sent "
                        + "`XREADGROUP` (`CLIENT LIST`), bgtasks = its heartbeat key exists. RSS (`VmRSS`) after the "
                        + "load: the gateway at its peak for "
                        + options.warmup().plus(options.duration()).toSeconds() + " s ("
                        + options.concurrency() + " connections) while the consumer reacts to every event; peak = "
                        + "`VmHWM`.")
                .table("JVM options", "process", "ready s", "CPU s to ready", "RSS after load MB", "peak RSS MB",
                        "under load");
        Map<String, Double> deployedReady = new LinkedHashMap<>();
        Map<String, Double> deployedRss = new LinkedHashMap<>();
        for (JvmSettings jvm : settings) {
            try (RedisServer redis = RedisServer.startEphemeral();
                 FakeSlack slack = FakeSlack.start();
                 Dynos dynos = Dynos.start(options.root(), jvm, redis.url(), slack)) {
                Map<String, StartTimes> ready = new LinkedHashMap<>();
                for (String process : PROCESSES) {
                    ready.put(process, startTimes(dynos, process, options.starts()));
                }
                Map<String, String> load = new LinkedHashMap<>();
                Map<String, ChildJvm.Memory> memory = underLoad(options, dynos, slack.workspace(), load);
                for (String process : PROCESSES) {
                    ChildJvm.Memory m = memory.get(process);
                    table.row(jvm.label() + ": " + jvm.describe(process), process, ready.get(process),
                            String.format("%.2f", ready.get(process).cpuMedian()),
                            String.format("%.0f", m.rssMb()), String.format("%.0f", m.peakRssMb()),
                            load.getOrDefault(process, ""));
                    if (jvm == deployed) {
                        deployedReady.put(process, ready.get(process).median());
                        deployedRss.put(process, m.rssMb());
                    }
                }
            }
        }
        table.end();
        for (String process : PROCESSES) {
            double s = deployedReady.get(process);
            double mb = deployedRss.get(process);
            report.target(process + " ready", "≤ 1.5 s", String.format("%.2f s", s), s <= 1.5)
                    .target(process + " RSS after load", "≤ 160 MB", String.format("%.0f MB", mb), mb <= 160);
        }
    }

    /** Launch times of one process, in seconds, and the CPU time each launch used until it was ready. */
    record StartTimes(List<Double> seconds, List<Double> cpu) {
        double median() {
            return median(seconds);
        }

        double cpuMedian() {
            return median(cpu);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        @Override
        public String toString() {
            List<Double> sorted = seconds.stream().sorted().toList();
            return String.format("%.2f (%.2f–%.2f)", median(), sorted.getFirst(), sorted.getLast());
        }
    }

    private static StartTimes startTimes(Dynos dynos, String process, int starts) throws InterruptedException {
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            Launched launched = launch(dynos, process, "bench-start-" + process + "-" + i + "-" + System.nanoTime());
            try (ChildJvm child = launched.child()) {
                seconds.add(child.awaitReady(launched.readiness(), READY_TIMEOUT).toNanos() / 1e9);
                cpu.add(child.cpuSeconds());
            }
        }
        return new StartTimes(seconds, cpu);
    }

    private record Launched(ChildJvm child, Readiness readiness) {
    }

    private static Launched launch(Dynos dynos, String process, String instance) {
        return switch (process) {
            case "gateway" -> {
                int port = Dynos.freePort();
                yield new Launched(dynos.gateway(instance, port), dynos.gatewayReady(port));
            }
            case "consumer" -> new Launched(dynos.consumer(instance), dynos.consumersReading(1));
            case "bgtasks" -> new Launched(dynos.bgtasks(instance), dynos.bgtasksReady(instance));
            default -> throw new IllegalArgumentException(process);
        };
    }

    /** Runs the load with all three processes up; returns each one's memory after it, and notes what it did. */
    private static Map<String, ChildJvm.Memory> underLoad(BenchOptions options, Dynos dynos, Workspace workspace,
                                                          Map<String, String> notes) throws Exception {
        int port = Dynos.freePort();
        Map<String, Launched> running = new LinkedHashMap<>();
        try {
            running.put("gateway", new Launched(dynos.gateway("bench-load-gateway", port),
                    dynos.gatewayReady(port)));
            running.put("consumer", launch(dynos, "consumer", "bench-load-consumer"));
            running.put("bgtasks", launch(dynos, "bgtasks", "bench-load-bgtasks"));
            for (Launched l : running.values()) {
                l.child().awaitReady(l.readiness(), READY_TIMEOUT);
            }
            Function<Duration, RunResult> drive = d -> LoadRun.closedLoop(port, options.concurrency(), d,
                    () -> new SignedEvents(Dynos.SIGNING_SECRET, SEEDS.incrementAndGet(), workspace));
            drive.apply(options.warmup());
            RunResult peak = drive.apply(options.duration());
            notes.put("gateway", String.format("%,.0f events/s, p99 %s ms", peak.perSecond(), peak.millis(99)));
            String stream = dynos.keys().stream(StreamKind.messagePublic(GopherbotApp.NAME));
            long entries = dynos.redis().xlen(stream);
            long start = System.nanoTime();
            long deadline = start + CATCH_UP_TIMEOUT.toNanos();
            while (!GroupProgress.of(dynos.redis(), stream, Dynos.APP).done(entries)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the consumer did not catch up within 5 min");
                }
                Thread.sleep(10); // polling Redis for progress
            }
            notes.put("consumer", String.format("%,d events, done %.1f s after the load", entries,
                    (System.nanoTime() - start) / 1e9));
            notes.put("bgtasks", "leader, channel cache refreshed");
            Map<String, ChildJvm.Memory> memory = new LinkedHashMap<>();
            running.forEach((process, l) -> memory.put(process, l.child().memory()));
            return memory;
        } finally {
            for (Launched l : running.values()) {
                l.child().close();
            }
        }
    }
}
