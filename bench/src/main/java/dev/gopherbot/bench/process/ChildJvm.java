package dev.gopherbot.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the bot's jars running as {@code java <options> -jar <jar>} in a child process, as on a dyno: its own JVM,
 * environment variables only, output to a log file. Knows when it was launched (for time to ready) and reads its
 * resident memory from {@code /proc}.
 */
public final class ChildJvm implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /** USER_HZ: 100 on every Linux architecture the bot runs on. */
    private static final int TICKS_PER_SECOND = 100;

    private final String name;
    private final Process process;
    private final long launchedAt;
    private final Path log;

    private ChildJvm(String name, Process process, long launchedAt, Path log) {
        this.name = name;
        this.process = process;
        this.launchedAt = launchedAt;
        this.log = log;
    }

    /** Resident memory in MB: now, and the peak since launch (the kernel's high-water mark). */
    public record Memory(double rssMb, double peakRssMb) {
    }

    /**
     * Launches {@code java <options> -jar <jar>} with exactly {@code env} (plus PATH and HOME), so nothing from the
     * caller's shell, such as {@code JAVA_TOOL_OPTIONS}, changes what is measured.
     */
    public static ChildJvm launch(String name, Path java, List<String> options, Path jar, Map<String, String> env,
                                  Path logDir) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> childEnv = builder.environment();
        childEnv.clear();
        for (String inherited : List.of("PATH", "HOME", "TMPDIR", "LANG")) {
            String value = System.getenv(inherited);
            if (value != null) {
                childEnv.put(inherited, value);
            }
        }
        childEnv.putAll(env);
        long launchedAt = System.nanoTime();
        try {
            return new ChildJvm(name, builder.start(), launchedAt, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot launch " + name + " (" + String.join(" ", command) + "): "
                    + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits until {@code readiness} holds and returns the time since launch. Polls every 10 ms, so the figure is at
     * most 10 ms late; fails with the end of the process's log if it exits or is not ready within {@code timeout}.
     */
    public Duration awaitReady(Readiness readiness, Duration timeout) throws InterruptedException {
        long deadline = launchedAt + timeout.toNanos();
        while (true) {
            if (readiness.ready()) {
                return Duration.ofNanos(System.nanoTime() - launchedAt);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready: "
                        + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s: " + tail());
            }
            Thread.sleep(POLL.toMillis()); // polling a child process, not synchronising threads
        }
    }

    /** VmRSS and VmHWM from {@code /proc/<pid>/status}. */
    public Memory memory() {
        try {
            double rss = 0;
            double peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line) / 1024.0;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line) / 1024.0;
                }
            }
            return new Memory(rss, peak);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the memory of " + name + " (pid " + pid() + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * CPU time used so far (user + system, from {@code /proc/<pid>/stat}, in the kernel's 100 Hz ticks): with a
     * count of events, the cost of one event, whatever else the machine is doing.
     */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of " + name + ": " + e.getMessage(), e);
        }
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    /** SIGTERM, as Heroku stops a dyno; SIGKILL if it has not exited after 30 s. Returns the exit code. */
    public int stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
        return process.waitFor();
    }

    /** The last lines of the process's output, for error messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()))
                    + "\n  (full log: " + log + ")";
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
