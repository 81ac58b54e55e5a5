package dev.gopherbot.bench.options;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Command-line options, each {@code --name value}.
 *
 * @param duration     how long each measured run lasts
 * @param warmup       how long each target is driven, unmeasured, before its measured run (JIT, connections)
 * @param concurrency  connections kept busy at once in the peak-throughput runs
 * @param rounds       measured runs per gateway target, alternating between targets so a change in the machine's
 *                     load hits both alike; the report shows the median run
 * @param sections     which sections to run, in order
 * @param root         the repository, where {@code <process>/target/<process>.jar} and app.json are
 * @param javaOpts     options for the child JVMs instead of app.json's {@code JAVA_OPTS}; null to use those
 * @param rate         events per second of the end-to-end run
 * @param entries      entries preloaded for the consumer drain
 * @param starts       launches per process and JVM setting when timing start-up (the median is reported)
 * @param consumers    how many consumer processes drain the backlog, one run per count
 * @param compare      more JVM option sets for the footprint section to compare ({@code --compare 'a|b'})
 */
public record BenchOptions(Duration duration, Duration warmup, int concurrency, int rounds, List<String> sections,
                           Path root, String javaOpts, int rate, int entries, int starts, List<Integer> consumers,
                           List<String> compare) {
    private static final String USAGE = "options: --duration 10s --warmup 5s --concurrency 32 --rounds 3 --rate 500 "
            + "--entries 100000 --consumers 1,2 --starts 3 --root . --java-opts '<options for the bot's JVMs>' "
            + "--compare '<options>|<options>' --sections ";

    public static BenchOptions parse(String[] args, List<String> allSections) {
        Duration duration = Duration.ofSeconds(10);
        Duration warmup = Duration.ofSeconds(5);
        int concurrency = 32;
        int rounds = 3;
        List<String> sections = allSections;
        Path root = Path.of("").toAbsolutePath();
        String javaOpts = null;
        int rate = 500;
        int entries = 100_000;
        int starts = 3;
        List<Integer> consumers = List.of(1, 2);
        List<String> compare = List.of();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE + String.join(",", allSections));
                case "--duration" -> duration = seconds(value);
                case "--warmup" -> warmup = seconds(value);
                case "--concurrency" -> concurrency = positive(value, "--concurrency");
                case "--rounds" -> rounds = positive(value, "--rounds");
                case "--sections" -> sections = List.of(require(value, "--sections").split(","));
                case "--root" -> root = Path.of(require(value, "--root")).toAbsolutePath();
                case "--java-opts" -> javaOpts = require(value, "--java-opts");
                case "--rate" -> rate = positive(value, "--rate");
                case "--entries" -> entries = positive(value, "--entries");
                case "--starts" -> starts = positive(value, "--starts");
                case "--compare" -> compare = List.of(require(value, "--compare").split("\\|"));
                case "--consumers" -> consumers = Arrays.stream(require(value, "--consumers").split(","))
                        .map(n -> positive(n, "--consumers")).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE
                        + String.join(",", allSections));
            }
            i++;
        }
        for (String s : sections) {
            if (!allSections.contains(s)) {
                throw new IllegalArgumentException("unknown section " + s + "; sections: " + allSections);
            }
        }
        return new BenchOptions(duration, warmup, concurrency, rounds, sections, root, javaOpts, rate, entries,
                starts, consumers, compare);
    }

    private static Duration seconds(String value) {
        String v = require(value, "a duration").toLowerCase(Locale.ROOT);
        return Duration.ofMillis((long) (Double.parseDouble(v.endsWith("s") ? v.substring(0, v.length() - 1) : v)
                * 1000));
    }

    private static int positive(String value, String option) {
        int n = Integer.parseInt(require(value, option));
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return n;
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " needs a value");
        }
        return value;
    }
}
