package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;

import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.testkit.redis.RedisServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consumer survives Redis going away and coming back, without a restart of its own. */
class RedisOutageIT {
    @Test
    void theConsumerResumesAfterRedisRestartsAndHandlesWhatWasQueuedBeforeAndAfter() {
        try (ConsumerFixture bot = new ConsumerFixture(RedisServer.startPersistent())
                .start(Map.of("VISIBILITY_TIMEOUT", "3s"), r -> { })) {
            Sent before = bot.say("C0GENERAL", "U0ALICE", "gopher before the outage");
            await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(before).size() == 1);

            bot.redis.assumeRestartable();
            bot.redis.stop();
            bot.redis.start();

            Sent after = bot.say("C0GENERAL", "U0BOB", "gopher after the outage");
            await().atMost(Duration.ofSeconds(20)).until(() -> bot.reactionsTo(after).size() == 1);
            bot.awaitSettled(after);
            bot.awaitSettled(before);
            await().atMost(Duration.ofSeconds(15)).until(() -> bot.commands.get(
                    bot.keys.heartbeat("consumer", bot.app.instance())) != null);
        }
    }
}
