package dev.gopherbot.bench;

import java.lang.management.ManagementFactory;

/** Where the figures came from: without this, a throughput number means nothing. */
public record Machine(int cores, String jdk, String os, String cpu, long maxHeapMb, String jvmArgs) {

    public static Machine current() {
        Runtime rt = Runtime.getRuntime();
        return new Machine(rt.availableProcessors(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpuModel(), rt.maxMemory() / (1024 * 1024),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    private static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The 1/5/15-minute load averages: other work on the machine skews every figure, so the report shows them. */
    public static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public String describe() {
        return "Machine: " + cores + " cores (" + cpu + "), " + os + "; JDK: " + jdk + "; max heap " + maxHeapMb
                + " MB" + (jvmArgs.isBlank() ? "" : "; JVM args: " + jvmArgs);
    }
}
