package dev.gopherbot.bgtasks;

import dev.gopherbot.app.App;
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
 * Real Redis, the fake Slack, and bgtasks started in-process with a movable clock, for the apps a test gives it (by
 * default {@link #CHANNELS_APP}, which only asks for the channel cache). One per test: close it in
 * {@code @AfterEach}. The Redis server is the test class's own; the harness flushes it on close.
 */
public final class AppHarness implements AutoCloseable {
    public static final Keys KEYS = new Keys(Keys.DEFAULT_PREFIX);
    /** An app whose only need is the channel cache. */
    public static final App CHANNELS_APP = App.of("chat", app -> app.channels());

    public final RedisServer redisServer;
    public final FakeSlack slack = FakeSlack.start();
    public final MutableClock clock;
    public final RedisCommands<String, String> redis;
    private final RedisConnector connector;
    private final StatefulRedisConnection<String, String> connection;
    private final List<BgTasksApp> apps = new ArrayList<>();

    public AppHarness(RedisServer redisServer, Instant now) {
        this.redisServer = redisServer;
        this.clock = new MutableClock(now);
        this.connector = new RedisConnector(RedisSettings.local(redisServer.url(), KEYS.prefix()));
        this.connection = connector.connect();
        this.redis = connection.sync();
        slack.workspace().addChannel(new Workspace.Channel("C0CLS", "golang-cls", false, false, false, null));
    }

    /** The instance name bgtasks gives itself here (no HEROKU_DYNO_ID in tests). */
    public String instance() {
        return dev.gopherbot.common.config.Identity.from(new Env(Map.of())).instance();
    }

    /** The channel cache bgtasks keeps for {@code app}. */
    public ChannelDirectory channels(String app) {
        return new RedisChannelDirectory(connection, KEYS.forApp(app));
    }

    /** Starts bgtasks for {@link #CHANNELS_APP} with the test environment plus {@code settings}. */
    public BgTasksApp start(Consumer<Map<String, String>> settings) {
        return start(List.of(CHANNELS_APP), settings);
    }

    /** Starts bgtasks for {@code apps} with the test environment plus {@code settings}. */
    public BgTasksApp start(List<App> apps, Consumer<Map<String, String>> settings) {
        Map<String, String> vars = TestEnv.base(redisServer, slack);
        settings.accept(vars);
        Env env = new Env(vars);
        BgTasksApp app = BgTasksApp.start(BgTasksConfig.from(env).withClock(clock), env, apps);
        this.apps.add(app);
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
        redisServer.flushAll();
    }
}
