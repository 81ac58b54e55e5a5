package dev.gopherbot.systemtests.backlog;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.consumer.queue.StreamTrimmer;
import dev.gopherbot.consumer.queue.Streams;
import dev.gopherbot.gateway.queue.EventQueue;
import dev.gopherbot.gateway.queue.QueuedEvent;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.SlackPayloads;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A backlog far past what the gateway used to trim streams to, written through the gateway's append while every
 * consumer is stopped: nothing is trimmed unread, and once consumers start every entry is handled exactly once.
 */
@Tag("reliability")
class BacklogIT {
    /**
     * Ten times the old minimum {@code STREAM_MAXLEN} (1,000), beyond which appends deleted unread entries; 10,000
     * keep the suite lean (~15 s). {@code -Dbacklog.entries=50000} is ten times what app.json set (5,000): 4 s of
     * appends and about a minute of handling on 2 cores, also exactly once.
     */
    private static final int BACKLOG = Integer.getInteger("backlog.entries", 10_000);
    private static final String APP = "backlog";

    @Test
    void aBacklogOfTenTimesTheOldTrimLengthIsHandledExactlyOnceAfterConsumersReturn() {
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        App app = App.of(APP, a -> a.add("BacklogIT", r -> r.matcher("count", "counts each message",
                m -> m.text().startsWith("n"), ctx -> {
                    handled.computeIfAbsent(ctx.message().text(), t -> new AtomicInteger()).incrementAndGet();
                    return Outcome.done();
                })));
        StreamKind kind = StreamKind.messagePublic(APP);
        try (RedisServer redis = RedisServer.startEphemeral(); FakeSlack slack = FakeSlack.start()) {
            Keys keys = new Keys(redis.keyPrefix() + "backlog:");
            Env env = new Env(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_API_URL", slack.apiUrl(),
                    "REDIS_URL", redis.url(), "REDIS_KEY_PREFIX", keys.prefix(), "BOT_ENV", "production",
                    "CONSUMER_CONCURRENCY", "64", "LOG_LEVEL", "warn", "LOG_FORMAT", "text"));
            ConsumerApp.start(env, List.of(app)).close(); // the group exists; then every consumer is stopped

            RedisClient client = RedisClient.create(redis.url());
            try (StatefulRedisConnection<String, byte[]> connection = client.connect(
                    RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                 StatefulRedisConnection<String, String> plain = client.connect()) {
                EventQueue queue = new EventQueue(connection.sync(), keys, 1_000_000, 90);
                long now = Instant.now().getEpochSecond();
                long started = System.nanoTime();
                // as many gateway requests at once as a busy web dyno serves: Lettuce pipelines them
                IntStream.range(0, BACKLOG).parallel().forEach(i -> {
                    SlackPayloads.Message m = SlackPayloads.message("C0GENERAL", "U0ALICE", "n" + i);
                    assertEquals(EventQueue.Result.APPENDED, queue.append(kind, new QueuedEvent(m.eventId(), now,
                            System.currentTimeMillis(), "req" + i, 0, m.envelope().getBytes(StandardCharsets.UTF_8))));
                });
                System.out.printf("BACKLOG appended %d in %.1f s%n", BACKLOG, (System.nanoTime() - started) / 1e9);
                StreamTrimmer trimmer = new StreamTrimmer(plain.sync(), new Streams(keys,
                        Identity.DEFAULT_APP_NAME, List.of(kind), List.of()));
                trimmer.trimAll();
                assertEquals(BACKLOG, plain.sync().xlen(keys.stream(kind)), "nothing unread is trimmed");

                started = System.nanoTime();
                try (ConsumerApp consumer = ConsumerApp.start(env, List.of(app))) {
                    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                            .until(() -> handled.size() == BACKLOG && plain.sync().xpending(keys.stream(kind),
                                    Identity.DEFAULT_APP_NAME).getCount() == 0);
                }
                System.out.printf("BACKLOG handled %d in %.1f s%n", BACKLOG, (System.nanoTime() - started) / 1e9);
                assertTrue(handled.values().stream().allMatch(n -> n.get() == 1), "each exactly once");
                trimmer.trimAll();
                assertTrue(plain.sync().xlen(keys.stream(kind)) <= 1, "acknowledged entries are trimmed");
            } finally {
                client.shutdown();
            }
        }
    }
}
