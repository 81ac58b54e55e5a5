package dev.gopherbot.bgtasks;

import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.channels.RedisChannelDirectory;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Real Redis, the fake Slack, the feed fake, and bgtasks started in-process with a movable clock. One per test: close
 * it in {@code @AfterEach}. The Redis server is the test class's; the harness flushes it on close.
 */
public final class AppHarness implements AutoCloseable {
    public static final Keys KEYS = new Keys(Keys.DEFAULT_PREFIX);

    public final RedisServer redisServer;
    public final FakeSlack slack = FakeSlack.start();
    public final FeedFake feeds = FeedFake.start();
    public final MutableClock clock;
    public final RedisCommands<String, String> redis;
    public final ChannelDirectory channels;
    private final RedisConnector connector;
    private final StatefulRedisConnection<String, String> connection;
    private final List<BgTasksApp> apps = new ArrayList<>();

    public AppHarness(RedisServer redisServer, Instant now) {
        this.redisServer = redisServer;
        this.clock = new MutableClock(now);
        this.connector = new RedisConnector(RedisSettings.local(redisServer.url(), KEYS.prefix()));
        this.connection = connector.connect();
        this.redis = connection.sync();
        this.channels = new RedisChannelDirectory(connection, KEYS);
        slack.workspace().addChannel(new Workspace.Channel("C0CLS", "golang-cls", false, false, false, null));
    }

    /** The instance name bgtasks gives itself here (no HEROKU_DYNO_ID in tests). */
    public String instance() {
        return dev.gopherbot.common.config.Identity.from(new Env(Map.of())).instance();
    }

    /** Starts bgtasks with the test environment plus {@code settings}. */
    public BgTasksApp start(Consumer<Map<String, String>> settings) {
        Map<String, String> env = TestEnv.base(redisServer, slack, feeds);
        settings.accept(env);
        BgTasksApp app = BgTasksApp.start(BgTasksConfig.from(new Env(env)).withClock(clock));
        apps.add(app);
        return app;
    }

    /** The texts bgtasks posted to a channel, in order. */
    public List<String> posted(String channelId) {
        return slack.calls("chat.postMessage").stream().filter(c -> channelId.equals(c.param("channel")))
                .map(c -> c.param("text")).toList();
    }

    public List<Call> calls(String method) {
        return slack.calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    public void stop(BgTasksApp app) {
        app.close();
        apps.remove(app);
    }

    @Override
    public void close() {
        apps.forEach(BgTasksApp::close);
        connection.close();
        connector.close();
        slack.close();
        feeds.close();
        redisServer.flushAll();
    }
}
