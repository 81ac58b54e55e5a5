package dev.gopherbot.simulator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fat jar as {@code ./gopherbot dev} runs it: configuration errors, the page served from the jar, SIGTERM. */
class SimulatorJarIT {
    private static final Path JAR = Path.of("target", "simulator.jar");

    @Test
    void missingSettingsAreNamedOnePerLineAndTheExitCodeIs2() throws Exception {
        Path log = Path.of("target", "simulator-jar-config.log");
        Process p = start(Map.of("SIMULATOR_RETRY_DELAYS", "later"), log);

        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = Files.readString(log);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("simulator: SLACK_BOT_TOKEN (or GOPHERBOT_SLACK_BOT_TOKEN) is required but not set"),
                out);
        assertTrue(out.contains("simulator: SLACK_SIGNING_SECRET (or GOPHERBOT_SLACK_SIGNING_SECRET) is required but "
                + "not set"), out);
        assertTrue(out.contains("SIMULATOR_RETRY_DELAYS=later is invalid"), out);
    }

    @Test
    void theJarServesThePageAndTheWebApiAndStopsCleanlyOnSigterm() throws Exception {
        int port = freePort();
        String secret = "do-not-print-this-secret";
        Path log = Path.of("target", "simulator-jar.log");
        Process p = start(Map.of("SIMULATOR_PORT", Integer.toString(port), "SLACK_BOT_TOKEN", "xoxb-jar",
                "SLACK_SIGNING_SECRET", secret, "LOG_FORMAT", "text"), log);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> get(http, base + "/healthz")
                    .statusCode() == 200);

            assertTrue(get(http, base + "/").body().contains("Join the workspace as a new user"));
            assertEquals(200, get(http, base + "/assets/app.js").statusCode());
            HttpResponse<String> auth = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth.test"))
                    .header("Authorization", "Bearer xoxb-jar").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(auth.body().contains("\"ok\":true"), auth.body());
        } finally {
            p.destroy(); // SIGTERM
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertFalse(Files.readString(log).contains(secret), "the secret is never logged");
    }

    private static Process start(Map<String, String> env, Path log) throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built in the package phase, before this test");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-jar", JAR.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb.start();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
