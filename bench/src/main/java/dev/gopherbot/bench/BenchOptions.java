package dev.gopherbot.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Command-line options, each {@code --name value}.
 *
 * @param duration    how long each measured run lasts
 * @param warmup      how long each target is driven, unmeasured, before its measured run (JIT, connections)
 * @param concurrency connections kept busy at once in the peak-throughput runs
 * @param rounds      measured runs per target, alternating between targets so a change in the machine's load hits
 *                    both alike; the report shows the median run
 * @param sections    which sections to run, in order
 */
public record BenchOptions(Duration duration, Duration warmup, int concurrency, int rounds, List<String> sections) {

    public static BenchOptions parse(String[] args, List<String> allSections) {
        Duration duration = Duration.ofSeconds(10);
        Duration warmup = Duration.ofSeconds(5);
        int concurrency = 32;
        int rounds = 3;
        List<String> sections = allSections;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--duration" -> duration = seconds(value);
                case "--warmup" -> warmup = seconds(value);
                case "--concurrency" -> concurrency = Integer.parseInt(require(value, "--concurrency"));
                case "--rounds" -> rounds = Integer.parseInt(require(value, "--rounds"));
                case "--sections" -> sections = List.of(require(value, "--sections").split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --duration 10s --warmup 5s --concurrency 32 --rounds 3 --sections "
                        + String.join(",", allSections));
            }
            i++;
        }
        for (String s : sections) {
            if (!allSections.contains(s)) {
                throw new IllegalArgumentException("unknown section " + s + "; sections: " + allSections);
            }
        }
        return new BenchOptions(duration, warmup, concurrency, rounds, sections);
    }

    private static Duration seconds(String value) {
        String v = require(value, "a duration").toLowerCase(Locale.ROOT);
        return Duration.ofMillis((long) (Double.parseDouble(v.endsWith("s") ? v.substring(0, v.length() - 1) : v)
                * 1000));
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " needs a value");
        }
        return value;
    }
}
