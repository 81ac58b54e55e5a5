package dev.gopherbot.dist;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Failure;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGTERM: stop reading, finish what is in flight (within 20 s), exit 0. The consumer runs as a real child JVM. */
class ShutdownIT {
    @Test
    void onSigtermTheJarFinishesItsInFlightHandlerThenExitsZero() throws Exception {
        try (ConsumerFixture bot = new ConsumerFixture().forApp("gopherbot")) {
            ProcessBuilder pb = new ProcessBuilder(ConsumerJarIT.java(), "-jar", ConsumerJarIT.jar().toString())
                    .redirectErrorStream(true).redirectOutput(File.createTempFile("consumer", ".log"));
            pb.environment().putAll(bot.env(Map.of("HEROKU_DYNO_ID", "consumer.1")));
            Process consumer = pb.start();
            try {
                String heartbeat = bot.keys.heartbeat("consumer", "consumer.1");
                await().atMost(Duration.ofSeconds(30)).until(() -> bot.commands.get(heartbeat) != null);

                // the reaction's first call is rate limited for 3 s: the handler is in flight when SIGTERM comes
                bot.slack.failNext("reactions.add", Failure.rateLimited(3));
                Sent sent = bot.say("C0GENERAL", "U0ALICE", "my adorable little gophers, in flight");
                await().atMost(Duration.ofSeconds(10)).until(() -> bot.slack.calls().stream()
                        .anyMatch(c -> c.method().equals("reactions.add") && c.httpStatus() == 429));
                long signalled = System.nanoTime();
                consumer.destroy(); // SIGTERM

                assertTrue(consumer.waitFor(25, TimeUnit.SECONDS), "exited within Heroku's budget");
                assertEquals(0, consumer.exitValue());
                assertTrue(Duration.ofNanos(System.nanoTime() - signalled).toMillis() >= 1500,
                        "waited for the in-flight handler");
                assertEquals(List.of("gopher"), bot.reactionsTo(sent).stream().map(c -> c.param("name")).toList());
                assertTrue(bot.settled(sent.kind(), sent.entryId()), "acknowledged before exiting");
                assertNull(bot.commands.get(heartbeat), "a clean stop removes the heartbeat");
            } finally {
                consumer.destroyForcibly();
            }
        }
    }
}
