package dev.gopherbot.bench;

import dev.gopherbot.bench.drain.ConsumerDrain;
import dev.gopherbot.bench.endtoend.EndToEnd;
import dev.gopherbot.bench.footprint.Footprint;
import dev.gopherbot.bench.gateway.GatewayThroughput;
import dev.gopherbot.bench.options.BenchOptions;
import dev.gopherbot.bench.process.JvmSettings;
import dev.gopherbot.bench.report.Report;
import dev.gopherbot.bench.report.Section;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs the benchmark sections and prints a markdown report. Not a test: run it on purpose, on an otherwise idle
 * machine, with {@code ./gopherbot bench} (see docs/performance.md).
 *
 * <pre>
 * java -jar bench/target/bench.jar [--duration 10s] [--warmup 5s] [--concurrency 32] [--rounds 3] [--rate 500]
 *     [--entries 100000] [--consumers 1,2] [--starts 3] [--java-opts '…'] [--compare '…|…']
 *     [--sections gateway,e2e,drain,footprint]
 * </pre>
 */
public final class GatewayBench {
    /** Every section, in report order; a new one is one line here. */
    static final List<Section> SECTIONS = List.of(
            new GatewayThroughput(),
            new EndToEnd(),
            new ConsumerDrain(),
            new Footprint());

    private GatewayBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        JvmSettings jvm;
        try {
            options = BenchOptions.parse(args, SECTIONS.stream().map(Section::name).toList());
            jvm = JvmSettings.from(options);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        // a redis-server process of our own on loopback: a container's port forwarding would be measured too
        System.setProperty("gopherbot.test.redis", System.getProperty("gopherbot.test.redis", "process"));
        Report report = new Report();
        report.paragraph("## Benchmark, " + LocalDate.now())
                .paragraph(Machine.current().describe())
                .paragraph("Gateway section: " + options.warmup().toSeconds() + " s warm-up, then "
                        + options.rounds() + " measured runs of " + options.duration().toSeconds() + " s alternating "
                        + "with the other target; each row is the median run. The other sections run the bot's jars "
                        + "as child JVMs (`java <options> -jar`, as on a dyno) with " + jvm
                        + ". Load generator, fake Slack, the bot's processes and redis-server share the machine.");
        String loadBefore = Machine.loadAverage();
        for (Section section : SECTIONS) {
            if (options.sections().contains(section.name())) {
                System.err.println("running section " + section.name() + " ...");
                section.run(options, report);
            }
        }
        report.paragraph("Load average (1/5/15 min) before: " + loadBefore + "; after: " + Machine.loadAverage()
                + ". On " + Runtime.getRuntime().availableProcessors() + " cores, anything well above 1 means other "
                + "work competed for the CPU during the runs.").targets();
        System.out.println(report);
        System.exit(0); // Lettuce and Jetty leave non-daemon threads behind on some paths
    }
}
