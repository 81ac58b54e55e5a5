package dev.gopherbot.gateway;

import dev.gopherbot.app.App;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.GatewayClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real gateway in-process on a free port, in front of its own redis-server, with a signed HTTP client and a
 * byte-exact view of the streams it writes; by default it runs the {@link DemoApp}. One per test class;
 * {@link #reset()} between tests.
 */
public final class GatewayFixture implements AutoCloseable {
    public static final String SECRET = "it-signing-secret-" + Long.toHexString(System.nanoTime());

    private final RedisServer redis;
    private final GatewayApp app;
    private final GatewayClient client;
    private final RedisClient lettuce;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final RedisCommands<byte[], byte[]> commands;
    private final Keys keys;

    private GatewayFixture(RedisServer redis, Map<String, String> extraEnv, List<App> apps) {
        this.redis = redis;
        this.keys = new Keys(redis.keyPrefix() + Keys.DEFAULT_PREFIX);
        Map<String, String> vars = new HashMap<>(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", SECRET,
                "REDIS_URL", redis.url(), "REDIS_KEY_PREFIX", keys.prefix()));
        vars.putAll(extraEnv);
        this.app = GatewayApp.start(new Env(vars), apps);
        this.client = new GatewayClient(base(), SECRET);
        this.lettuce = RedisClient.create(redis.url());
        this.connection = lettuce.connect(ByteArrayCodec.INSTANCE);
        this.commands = connection.sync();
    }

    public static GatewayFixture start() {
        return start(Map.of());
    }

    public static GatewayFixture start(Map<String, String> extraEnv) {
        return start(extraEnv, List.of(DemoApp.app()));
    }

    /**
     * A gateway for {@code apps}: one app answers at {@code /slack/events} (signed with {@link #SECRET}); several
     * need their own secrets in {@code extraEnv} ({@code <APP>_SLACK_SIGNING_SECRET}).
     */
    public static GatewayFixture start(Map<String, String> extraEnv, List<App> apps) {
        return new GatewayFixture(RedisServer.startEphemeral(), extraEnv, apps);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    public void reset() {
        redis.flushAll();
    }

    public List<StreamMessage<byte[], byte[]>> entries(StreamKind kind) {
        return commands.xrange(bytes(keys.stream(kind)), io.lettuce.core.Range.create("-", "+"));
    }

    public long length(StreamKind kind) {
        return commands.xlen(bytes(keys.stream(kind)));
    }

    /** Entries in every stream of the demo app. */
    public long totalEntries() {
        return DemoApp.KINDS.stream().mapToLong(this::length).sum();
    }

    public boolean seen(StreamKind kind, String eventId) {
        return commands.exists(bytes(keys.seen(kind, eventId))) == 1;
    }

    /** The value of one sample in the gateway's Prometheus output, e.g. {@code gateway_dedup_hits_total{kind="x"}}. */
    public double metric(String name, String labels) {
        String scrape = client.get("/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        while (m.find()) {
            if (m.group(1).contains(labels)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    public static String field(StreamMessage<byte[], byte[]> entry, String name) {
        return new String(fieldBytes(entry, name), StandardCharsets.UTF_8);
    }

    public static byte[] fieldBytes(StreamMessage<byte[], byte[]> entry, String name) {
        for (Map.Entry<byte[], byte[]> f : entry.getBody().entrySet()) {
            if (Arrays.equals(f.getKey(), bytes(name))) {
                return f.getValue();
            }
        }
        throw new AssertionError("entry " + entry.getId() + " has no field " + name);
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public GatewayApp app() {
        return app;
    }

    public GatewayClient client() {
        return client;
    }

    public RedisServer redis() {
        return redis;
    }

    public Keys keys() {
        return keys;
    }

    @Override
    public void close() {
        connection.close();
        lettuce.shutdown();
        app.close();
        redis.close();
    }
}
