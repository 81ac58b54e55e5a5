package dev.gopherbot.bench;

import dev.gopherbot.bench.gateway.GatewayThroughput;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs the benchmark sections and prints a markdown report. Not a test: run it on purpose, on an otherwise idle
 * machine (see docs/performance.md).
 *
 * <pre>
 * java -jar bench/target/bench.jar [--duration 10s] [--warmup 5s] [--concurrency 32] [--rounds 3]
 *                                  [--sections gateway]
 * </pre>
 */
public final class GatewayBench {
    /** Every section, in report order; a new one is one line here. */
    static final List<Section> SECTIONS = List.of(
            new GatewayThroughput());

    private GatewayBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, SECTIONS.stream().map(Section::name).toList());
        Report report = new Report();
        report.paragraph("## Benchmark, " + LocalDate.now())
                .paragraph(Machine.current().describe())
                .paragraph("Each target: " + options.warmup().toSeconds() + " s warm-up, then " + options.rounds()
                        + " measured runs of " + options.duration().toSeconds() + " s alternating with the other "
                        + "target; each row is the median run. Load generator, servers and redis-server share the "
                        + "machine.");
        String loadBefore = Machine.loadAverage();
        for (Section section : SECTIONS) {
            if (options.sections().contains(section.name())) {
                System.err.println("running section " + section.name() + " ...");
                section.run(options, report);
            }
        }
        report.paragraph("Load average (1/5/15 min) before: " + loadBefore + "; after: " + Machine.loadAverage()
                + ". On " + Runtime.getRuntime().availableProcessors() + " cores, anything well above 1 means other "
                + "work competed for the CPU during the runs.");
        System.out.println(report);
        System.exit(0); // Lettuce and Jetty leave non-daemon threads behind on some paths
    }
}
