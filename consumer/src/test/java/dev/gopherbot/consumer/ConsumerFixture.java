package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;

import dev.gopherbot.app.registry.Registry;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A real redis-server, the fake Slack, and a consumer reading its streams; entries are appended the way the gateway
 * writes them (fields per {@link EntryFields}, the body exactly as Slack sends it).
 */
final class ConsumerFixture implements AutoCloseable {
    static final String GROUP = Identity.DEFAULT_APP_NAME;
    static final String BOT = FakeSlack.BOT_USER_ID;

    final RedisServer redis;
    final FakeSlack slack = FakeSlack.start();
    final Keys keys = new Keys("test-" + UUID.randomUUID().toString().substring(0, 8) + ":");
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    final RedisCommands<String, String> commands;
    ConsumerApp app;

    /** A message the test sent, and where it went. */
    record Sent(StreamKind kind, String entryId, String eventId, String channel, String ts) {
    }

    ConsumerFixture() {
        this(RedisServer.startEphemeral());
    }

    ConsumerFixture(RedisServer redis) {
        this.redis = redis;
        client = RedisClient.create(redis.url());
        connection = client.connect();
        commands = connection.sync();
    }

    /** Settings for a fast test consumer: production (no shadow mode) unless overridden. */
    Map<String, String> env(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN,
                "SLACK_API_URL", slack.apiUrl(), "REDIS_URL", redis.url(), "REDIS_KEY_PREFIX", keys.prefix(),
                "BOT_ENV", "production", "CONSUMER_CONCURRENCY", "8", "RETRY_BACKOFF", "50ms",
                "MAX_DELIVERIES", "3", "LOG_FORMAT", "text"));
        env.putAll(overrides);
        return env;
    }

    ConsumerConfig config(Map<String, String> overrides) {
        Env env = new Env(env(overrides));
        ConsumerConfig config = ConsumerConfig.from(env);
        env.check();
        return config;
    }

    ConsumerFixture start(Map<String, String> overrides, Consumer<Registry> extra) {
        app = ConsumerApp.start(config(overrides), extra);
        return this;
    }

    ConsumerFixture start() {
        return start(Map.of(), r -> { });
    }

    Sent say(String channel, String user, String text) {
        return say(channel, user, text, m -> m);
    }

    /** Posts a message in the fake workspace (so Slack knows its ts) and appends its event to the stream. */
    Sent say(String channel, String user, String text, UnaryOperator<SlackPayloads.Message> adjust) {
        if (channel.startsWith("D")) {
            slack.workspace().imWith("U" + channel.substring(1));
        }
        Workspace.Message posted = slack.workspace().post(channel, user, text, null, null);
        SlackPayloads.Message payload = adjust.apply(SlackPayloads.message(channel, user, text).ts(posted.ts));
        String channelType = channel.startsWith("D") ? "im" : channel.startsWith("G") ? "group" : "channel";
        StreamKind kind = StreamKind.forEvent("message", channelType).orElseThrow();
        String entryId = append(kind, payload.eventId(), Instant.now().getEpochSecond(), payload.envelope());
        return new Sent(kind, entryId, payload.eventId(), channel, posted.ts);
    }

    /** Appends an entry as the gateway does. */
    String append(StreamKind kind, String eventId, long eventTime, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EntryFields.EVENT_ID, eventId);
        fields.put(EntryFields.EVENT_TIME, Long.toString(eventTime));
        fields.put(EntryFields.RECEIVED_AT, Long.toString(System.currentTimeMillis()));
        fields.put(EntryFields.REQUEST_ID, UUID.randomUUID().toString());
        fields.put(EntryFields.RETRY_NUM, "0");
        fields.put(EntryFields.BODY, body);
        return commands.xadd(keys.stream(kind), fields);
    }

    /** Waits until the group has read the entry and acknowledged it (or moved it to the dead letters). */
    void awaitSettled(StreamKind kind, String entryId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> settled(kind, entryId));
    }

    void awaitSettled(Sent sent) {
        awaitSettled(sent.kind(), sent.entryId());
    }

    boolean settled(StreamKind kind, String entryId) {
        String last = lastDeliveredId(kind);
        return last != null && compareIds(last, entryId) >= 0 && commands.xpending(keys.stream(kind), GROUP,
                Range.create(entryId, entryId), Limit.from(1)).isEmpty();
    }

    long pending(StreamKind kind) {
        return commands.xpending(keys.stream(kind), GROUP).getCount();
    }

    /** Successful calls of {@code method} whose parameters satisfy {@code filter}. */
    List<Call> calls(String method, Predicate<Call> filter) {
        return slack.calls(method).stream().filter(filter).toList();
    }

    List<Call> reactionsTo(Sent sent) {
        return calls("reactions.add", c -> sent.channel().equals(c.param("channel"))
                && sent.ts().equals(c.param("timestamp")));
    }

    List<Call> postsIn(String channel) {
        return calls("chat.postMessage", c -> channel.equals(c.param("channel")));
    }

    List<Call> postsIn(String channel, String threadTs) {
        return calls("chat.postMessage", c -> channel.equals(c.param("channel"))
                && threadTs.equals(c.param("thread_ts")));
    }

    private String lastDeliveredId(StreamKind kind) {
        for (Object group : commands.xinfoGroups(keys.stream(kind))) {
            List<?> fields = (List<?>) group;
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                map.put(String.valueOf(fields.get(i)), fields.get(i + 1));
            }
            if (GROUP.equals(String.valueOf(map.get("name")))) {
                return String.valueOf(map.get("last-delivered-id"));
            }
        }
        return null;
    }

    static int compareIds(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int c = Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
        return c != 0 ? c : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }

    void stopApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Override
    public void close() {
        stopApp();
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        slack.close();
        redis.close();
    }
}
