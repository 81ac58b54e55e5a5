package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A person waiting on a slash command goes ahead of the message backlog: with every handler slot busy, the command
 * is still read and answered within its trigger's lifetime.
 */
class PriorityIT {

    @Test
    void aCommandIsAnsweredWhileEverySlotIsBusyWithSlowMessages() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        try (ConsumerFixture bot = new ConsumerFixture()) {
            bot.start(Map.of("CONSUMER_CONCURRENCY", "2", "VISIBILITY_TIMEOUT", "60s"), app -> app.add("PriorityIT", r -> r.matcher("slow", "holds its slot until released",
                            m -> m.text().contains("slow"), ctx -> {
                                running.incrementAndGet();
                                release.await(30, TimeUnit.SECONDS);
                                return Outcome.done();
                            })));
            for (int i = 0; i < 6; i++) {
                bot.say("C0GENERAL", "U0ALICE", "slow message " + i);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 2);

            String id = UUID.randomUUID().toString();
            InteractivePayloads.Command command = InteractivePayloads.command(ChatApp.COMMAND, "help")
                    .responseUrl(bot.slack.responseUrl(id));
            long sent = System.nanoTime();
            bot.appendCommand(command.form(), command.triggerId(), System.currentTimeMillis());

            await().atMost(Duration.ofSeconds(3)).until(() -> !bot.slack.responses(id).isEmpty());
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            assertEquals(2, running.get(), "the backlog is still waiting: the command did not take a message's slot");
            assertTrue(tookMs < 3_000, "answered in " + tookMs + " ms");
            release.countDown();
            await().atMost(Duration.ofSeconds(15)).until(() -> bot.pending(bot.kind(StreamKind.MESSAGE_PUBLIC)) == 0
                    && running.get() == 6);
        } finally {
            release.countDown();
        }
    }
}
