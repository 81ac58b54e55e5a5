package dev.gopherbot.systemtests.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the bot's fat jars running as a child JVM with the given environment, its output in
 * {@code target/<name>.log} (read it when a test fails). {@link #close()} sends SIGTERM, as Heroku does.
 */
final class ChildJar implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private ChildJar(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildJar start(String module, Map<String, String> env) {
        // the processes come from dist (with every app in them), the simulator from its own module
        Path jar = Path.of("..", module.equals("simulator") ? "simulator" : "dist", "target", module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Path.of("target", module + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-XX:+UseSerialGC", "-Xmx256m", "-jar",
                jar.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        try {
            return new ChildJar(module, pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What the process printed so far, for a failing test's message. */
    String output() {
        try {
            return name + " output:\n" + Files.readString(log);
        } catch (IOException e) {
            return name + " output unreadable: " + e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
