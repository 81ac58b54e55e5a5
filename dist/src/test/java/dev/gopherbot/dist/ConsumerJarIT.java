package dev.gopherbot.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar dist/target/consumer.jar} refuses to start with a clear message rather than half-working. */
class ConsumerJarIT {
    @Test
    void theJarExitsWithStatus2NamingEveryMissingOrInvalidSetting() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar().toString()).redirectErrorStream(true);
        pb.environment().clear(); // nothing set at all
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("consumer: SLACK_BOT_TOKEN (or GOPHERBOT_SLACK_BOT_TOKEN) is required but not set"),
                out);
    }

    @Test
    void theJarReportsAnInvalidSettingWithoutPrintingTheToken() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar().toString()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "MAX_DELIVERIES", "zero",
                "VISIBILITY_TIMEOUT", "1s"));
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("MAX_DELIVERIES=zero is invalid"), out);
        assertTrue(out.contains("VISIBILITY_TIMEOUT=1s is invalid: expected at least 2s"), out);
        assertFalse(out.contains("very-secret"), out);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Path jar() throws IOException {
        return jar("consumer");
    }

    /** {@code dist/target/<process>.jar}, built in the package phase before the ITs run. */
    static Path jar(String process) throws IOException {
        Path jar = Path.of("target", process + ".jar");
        if (!Files.exists(jar)) {
            throw new IOException("build the fat jar first (mvn package): " + jar.toAbsolutePath());
        }
        return jar;
    }
}
