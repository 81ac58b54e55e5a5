package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
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
public final class ConsumerFixture implements AutoCloseable {
    public static final String GROUP = Identity.DEFAULT_APP_NAME;
    public static final String BOT = FakeSlack.BOT_USER_ID;

    public final RedisServer redis;
    public final FakeSlack slack = FakeSlack.start();
    public final Keys keys;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    public final RedisCommands<String, String> commands;
    public ConsumerApp app;
    /** The app whose streams {@link #say} and {@link #append} write to. */
    private String appName = ChatApp.NAME;
    private List<App> apps = List.of();

    /** A message the test sent, and where it went. */
    public record Sent(StreamKind kind, String entryId, String eventId, String channel, String ts) {
    }

    public ConsumerFixture() {
        this(RedisServer.startEphemeral());
    }

    public ConsumerFixture(RedisServer redis) {
        this.redis = redis;
        keys = new Keys(redis.keyPrefix() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":");
        client = RedisClient.create(redis.url());
        connection = client.connect();
        commands = connection.sync();
    }

    /** Settings for a fast test consumer: production (no shadow mode) unless overridden. */
    public Map<String, String> env(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN,
                "SLACK_API_URL", slack.apiUrl(), "REDIS_URL", redis.url(), "REDIS_KEY_PREFIX", keys.prefix(),
                "BOT_ENV", "production", "CONSUMER_CONCURRENCY", "8", "RETRY_BACKOFF", "50ms",
                "MAX_DELIVERIES", "3", "LOG_FORMAT", "text"));
        env.putAll(overrides);
        return env;
    }

    /** Starts the {@link ChatApp} with a test's own registrations. */
    public ConsumerFixture start(Map<String, String> overrides, Consumer<AppContext> extra) {
        return start(overrides, List.of(ChatApp.with(extra)));
    }

    /** Starts a consumer for {@code apps}; {@link #say} and {@link #append} write to the first one's streams. */
    public ConsumerFixture start(Map<String, String> overrides, List<App> apps) {
        appName = apps.getFirst().name();
        this.apps = List.copyOf(apps);
        app = ConsumerApp.start(new Env(env(overrides)), apps);
        return this;
    }

    /** A second consumer of the same apps on the same streams (another dyno); the caller closes it. */
    public ConsumerApp startPeer(Map<String, String> overrides) {
        return ConsumerApp.start(new Env(env(overrides)), apps);
    }

    public ConsumerFixture start() {
        return start(Map.of(), app -> { });
    }

    /** Writes to {@code app}'s streams, for a consumer the test runs itself (a child JVM). */
    public ConsumerFixture forApp(String app) {
        appName = app;
        return this;
    }

    /** The app whose streams messages go to. */
    public String appName() {
        return appName;
    }

    public Sent say(String channel, String user, String text) {
        return say(channel, user, text, m -> m);
    }

    /** Posts a message in the fake workspace (so Slack knows its ts) and appends its event to the stream. */
    public Sent say(String channel, String user, String text, UnaryOperator<SlackPayloads.Message> adjust) {
        if (channel.startsWith("D")) {
            slack.workspace().imWith("U" + channel.substring(1));
        }
        Workspace.Message posted = slack.workspace().post(channel, user, text, null, null);
        SlackPayloads.Message payload = adjust.apply(SlackPayloads.message(channel, user, text).ts(posted.ts));
        String channelType = channel.startsWith("D") ? "im" : channel.startsWith("G") ? "group" : "channel";
        StreamKind kind = StreamKind.forEvent(appName, "message", channelType);
        String entryId = append(kind, payload.eventId(), Instant.now().getEpochSecond(), payload.envelope());
        return new Sent(kind, entryId, payload.eventId(), channel, posted.ts);
    }

    /** Appends an entry as the gateway does. */
    public String append(StreamKind kind, String eventId, long eventTime, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EntryFields.EVENT_ID, eventId);
        fields.put(EntryFields.EVENT_TIME, Long.toString(eventTime));
        fields.put(EntryFields.RECEIVED_AT, Long.toString(System.currentTimeMillis()));
        fields.put(EntryFields.REQUEST_ID, UUID.randomUUID().toString());
        fields.put(EntryFields.RETRY_NUM, "0");
        fields.put(EntryFields.BODY, body);
        return commands.xadd(keys.stream(kind), fields);
    }

    /** Appends a slash command entry as the gateway does, received at {@code receivedAtMs}. */
    public String appendCommand(String form, String trigger, long receivedAtMs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EntryFields.EVENT_ID, trigger);
        fields.put(EntryFields.EVENT_TIME, Long.toString(Instant.now().getEpochSecond()));
        fields.put(EntryFields.RECEIVED_AT, Long.toString(receivedAtMs));
        fields.put(EntryFields.REQUEST_ID, UUID.randomUUID().toString());
        fields.put(EntryFields.RETRY_NUM, "0");
        fields.put(EntryFields.BODY, form);
        return commands.xadd(keys.stream(kind(StreamKind.COMMAND)), fields);
    }

    /** Waits until the group has read the entry and acknowledged it (or moved it to the dead letters). */
    public void awaitSettled(StreamKind kind, String entryId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> settled(kind, entryId));
    }

    public void awaitSettled(Sent sent) {
        awaitSettled(sent.kind(), sent.entryId());
    }

    public boolean settled(StreamKind kind, String entryId) {
        String last = lastDeliveredId(kind);
        return last != null && compareIds(last, entryId) >= 0 && commands.xpending(keys.stream(kind), GROUP,
                Range.create(entryId, entryId), Limit.from(1)).isEmpty();
    }

    public long pending(StreamKind kind) {
        return commands.xpending(keys.stream(kind), GROUP).getCount();
    }

    /** Successful calls of {@code method} whose parameters satisfy {@code filter}. */
    public List<Call> calls(String method, Predicate<Call> filter) {
        return slack.calls(method).stream().filter(filter).toList();
    }

    public List<Call> reactionsTo(Sent sent) {
        return calls("reactions.add", c -> sent.channel().equals(c.param("channel"))
                && sent.ts().equals(c.param("timestamp")));
    }

    public List<Call> postsIn(String channel) {
        return calls("chat.postMessage", c -> channel.equals(c.param("channel")));
    }

    public List<Call> postsIn(String channel, String threadTs) {
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

    /** The fixture's app's stream of {@code name} kind, e.g. {@code team_join} or {@code command}. */
    public StreamKind kind(String name) {
        return new StreamKind(appName, name);
    }

    public void stopApp() {
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
