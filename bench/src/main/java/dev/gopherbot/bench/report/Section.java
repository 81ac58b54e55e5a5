package dev.gopherbot.bench.report;

import dev.gopherbot.bench.options.BenchOptions;

/** One part of the benchmark report; sections are listed in {@code GatewayBench.SECTIONS}. */
public interface Section {
    /** The name used with {@code --sections}. */
    String name();

    /** Runs the measurements and appends a markdown subsection to the report. */
    void run(BenchOptions options, Report report) throws Exception;
}
