package dev.gopherbot.dist;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.GatewayClient;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar dist/target/gateway.jar} as Heroku runs it: environment in, SIGTERM out. */
class GatewayJarIT {
    private static final Path JAR = Path.of("target", "gateway.jar");
    private static final Duration HEROKU_SHUTDOWN_BUDGET = Duration.ofSeconds(25);

    @Test
    void theJarServesEventsAndExitsZeroOnSigterm() throws Exception {
        try (RedisServer redis = RedisServer.startEphemeral()) {
            int port = freePort();
            Process gateway = launch(Map.of("PORT", Integer.toString(port), "SLACK_SIGNING_SECRET", "jar-secret",
                    "REDIS_URL", redis.url()));
            try {
                GatewayClient client = new GatewayClient(URI.create("http://127.0.0.1:" + port), "jar-secret");
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> client.get("/healthz").statusCode() == 200);

                assertEquals(200, client.postEvent(SlackPayloads.teamJoin("EvJar1", "U0NEW", "newbie")).statusCode());
                // the default deployment runs the community bot, whose welcome subscribes it to team_join
                assertEquals("1", redis.command("XLEN gopherbot:stream:{gopherbot.team_join}").substring(1));

                gateway.destroy(); // SIGTERM, as Heroku sends

                assertTrue(gateway.waitFor(HEROKU_SHUTDOWN_BUDGET.toSeconds(), TimeUnit.SECONDS),
                        "still running " + HEROKU_SHUTDOWN_BUDGET + " after SIGTERM");
                assertEquals(0, gateway.exitValue());
            } finally {
                gateway.destroyForcibly();
            }
        }
    }

    @Test
    void aMissingSigningSecretStopsTheJarWithALineNamingItAndNoSecretValues() throws Exception {
        Process gateway = launch(Map.of("REDIS_URL", "redis://:redis-password-1234@127.0.0.1:1",
                "SLACK_BOT_TOKEN", "xoxb-not-for-the-gateway-5678", "PORT", "not-a-port"));
        try {
            assertTrue(gateway.waitFor(30, TimeUnit.SECONDS), "the gateway did not exit");
            String stderr = new String(gateway.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String stdout = new String(gateway.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertNotEquals(0, gateway.exitValue());
            assertTrue(stderr.lines().anyMatch(l -> l.contains("SLACK_SIGNING_SECRET")), stderr);
            assertTrue(stderr.lines().anyMatch(l -> l.contains("PORT")), stderr);
            for (String secret : new String[] {"redis-password-1234", "xoxb-not-for-the-gateway-5678"}) {
                assertFalse(stderr.contains(secret) || stdout.contains(secret), "output shows " + secret);
            }
        } finally {
            gateway.destroyForcibly();
        }
    }

    private static Process launch(Map<String, String> env) throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is missing: run the package phase first");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString());
        builder.environment().clear(); // only what the test sets, like a fresh dyno
        builder.environment().putAll(env);
        builder.environment().put("LOG_FORMAT", "text");
        builder.redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        // drain stdout while running so a chatty process never blocks on a full pipe
        if (!env.containsKey("SLACK_BOT_TOKEN")) {
            Thread.ofVirtual().start(() -> {
                try {
                    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException ignored) {
                    // the process ended
                }
            });
        }
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
