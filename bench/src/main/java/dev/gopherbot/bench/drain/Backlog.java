package dev.gopherbot.bench.drain;

import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.bench.events.MessageEvents;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A backlog of message entries written straight into the public-message stream, with the fields the gateway writes.
 * Every other message says "my adorable little gophers" and exists in the fake workspace (the consumer reacts: one Web API call); the
 * rest need nothing from the bot (the consumer only acknowledges them).
 *
 * @param entries   entries written
 * @param reactions how many of them the consumer should react to
 */
record Backlog(int entries, int reactions) {
    private static final int BATCH = 1_000;

    static Backlog write(String redisUrl, Keys keys, Workspace workspace, int entries, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String stream = keys.stream(StreamKind.messagePublic(GopherbotApp.NAME));
        int reactions = 0;
        RedisClient client = RedisClient.create(redisUrl);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            // pipelined: a round trip per entry would make the preload take longer than the drain
            connection.setAutoFlushCommands(false);
            RedisAsyncCommands<String, String> redis = connection.async();
            List<RedisFuture<String>> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < entries; i++) {
                boolean react = i % 2 == 0;
                String text = MessageEvents.text(random, react);
                long now = Instant.now().toEpochMilli();
                String ts = react ? workspace.post(MessageEvents.CHANNEL, MessageEvents.USER, text, null, null).ts
                        : (now / 1000) + "." + String.format("%06d", i % 1_000_000);
                reactions += react ? 1 : 0;
                String eventId = MessageEvents.newEventId();
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put(EntryFields.EVENT_ID, eventId);
                fields.put(EntryFields.EVENT_TIME, Long.toString(now / 1000));
                fields.put(EntryFields.RECEIVED_AT, Long.toString(now));
                fields.put(EntryFields.REQUEST_ID, UUID.randomUUID().toString());
                fields.put(EntryFields.RETRY_NUM, "0");
                fields.put(EntryFields.BODY,
                        MessageEvents.body(eventId, ts, MessageEvents.CHANNEL, text, now / 1000, random));
                batch.add(redis.xadd(stream, fields));
                if (batch.size() == BATCH || i == entries - 1) {
                    connection.flushCommands();
                    if (!LettuceFutures.awaitAll(Duration.ofSeconds(30), batch.toArray(new RedisFuture[0]))) {
                        throw new IllegalStateException("Redis did not take the backlog within 30 s");
                    }
                    batch.clear();
                }
            }
        } finally {
            client.shutdown();
        }
        return new Backlog(entries, reactions);
    }
}
