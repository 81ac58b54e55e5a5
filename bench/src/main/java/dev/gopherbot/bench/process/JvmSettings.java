package dev.gopherbot.bench.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.bench.options.BenchOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the child JVMs run: which {@code java}, with which options for each process. By default the options are those
 * the Procfile gives each process, with {@code $JAVA_OPTS} as app.json sets it for a new app, so the benchmark
 * measures what is deployed.
 *
 * @param options one option list for every process, used when {@code byProcess} has none for it; {@code {process}} in
 *                an option becomes the process's name (for per-process archive files)
 * @param label   a short name for the report
 */
public record JvmSettings(Path java, List<String> options, Map<String, List<String>> byProcess, String label) {
    /**
     * The JVM sizes itself from the machine's memory: on a 512 MB dyno from 512 MB, here from the whole machine.
     * {@code -XX:MaxRAM} makes percentage-based settings (and defaults) come out as on the dyno.
     */
    public static final String DYNO_MEMORY = "-XX:MaxRAM=512m";

    public JvmSettings {
        options = List.copyOf(options);
        byProcess = Map.copyOf(byProcess);
    }

    /** {@code --java-opts} when given, else the Procfile's; run by the benchmark's own java. */
    public static JvmSettings from(BenchOptions options) {
        return options.javaOpts() == null ? procfile(currentJava(), options.root())
                : of(currentJava(), options.javaOpts(), "--java-opts");
    }

    /**
     * Each process's options from {@code <root>/Procfile} (what stands between {@code java} and {@code -jar}), with
     * {@code $JAVA_OPTS} replaced by app.json's value.
     */
    public static JvmSettings procfile(Path java, Path root) {
        List<String> javaOpts = split(appJsonJavaOpts(root));
        Map<String, List<String>> byProcess = new LinkedHashMap<>();
        Path procfile = root.resolve("Procfile");
        try {
            for (String line : Files.readAllLines(procfile)) {
                List<String> words = split(line.substring(line.indexOf(':') + 1));
                int jar = words.indexOf("-jar");
                if (line.isBlank() || line.startsWith("#") || words.isEmpty() || !words.getFirst().equals("java")
                        || jar < 0 || jar + 1 >= words.size()) {
                    continue;
                }
                String process = Path.of(words.get(jar + 1)).getFileName().toString().replace(".jar", "");
                List<String> options = new ArrayList<>();
                for (String word : words.subList(1, jar)) {
                    if (word.equals("$JAVA_OPTS") || word.equals("${JAVA_OPTS}")) {
                        options.addAll(javaOpts);
                    } else {
                        options.add(word);
                    }
                }
                byProcess.put(process, options);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + procfile + ": " + e.getMessage(), e);
        }
        for (String process : List.of("gateway", "consumer", "bgtasks")) {
            if (!byProcess.containsKey(process)) {
                // measuring JVM defaults instead of what is deployed would be a silent lie
                throw new IllegalStateException(procfile + " has no line \"<type>: java … -jar …/" + process
                        + ".jar\"; use --java-opts to run without the Procfile");
            }
        }
        return new JvmSettings(java, List.of(), byProcess, "Procfile");
    }

    /** Options given on the command line, the same for every process. */
    public static JvmSettings of(Path java, String options, String label) {
        return new JvmSettings(java, split(options), Map.of(), label);
    }

    /** The options for one process, after the dyno's memory size. */
    public List<String> options(String process) {
        List<String> all = new ArrayList<>();
        all.add(DYNO_MEMORY);
        byProcess.getOrDefault(process, options).forEach(o -> all.add(o.replace("{process}", process)));
        return all;
    }

    /** The java running this benchmark: the JDK that {@code ./gopherbot bench} chose. */
    public static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    static String appJsonJavaOpts(Path root) {
        Path appJson = root.resolve("app.json");
        try {
            JsonNode value = new ObjectMapper().readTree(Files.readString(appJson)).path("env").path("JAVA_OPTS")
                    .path("value");
            return value.isTextual() ? value.asText() : "";
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + appJson + ": " + e.getMessage(), e);
        }
    }

    private static List<String> split(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** For the report: the options of the gateway (as an example) when they differ per process. */
    public String describe(String process) {
        return "`" + String.join(" ", options(process)) + "`";
    }

    @Override
    public String toString() {
        if (byProcess.isEmpty()) {
            return label + ": " + describe("gateway");
        }
        if (byProcess.values().stream().distinct().count() == 1) {
            return label + " (every process): " + describe(byProcess.keySet().iterator().next());
        }
        List<String> parts = new ArrayList<>();
        byProcess.keySet().forEach(p -> parts.add(p + " " + describe(p)));
        return label + ": " + String.join(", ", parts);
    }
}
