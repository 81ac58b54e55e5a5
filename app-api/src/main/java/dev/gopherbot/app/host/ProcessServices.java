package dev.gopherbot.app.host;

import dev.gopherbot.app.Services;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.channels.RedisChannelDirectory;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.slack.RateGate;
import dev.gopherbot.common.slack.SlackCalls;
import dev.gopherbot.common.slack.SlackClients;
import dev.gopherbot.common.slack.SlackSettings;
import io.lettuce.core.api.sync.RedisCommands;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The services one process offers its apps, each opened on first use and then shared by every app: one Redis
 * connection, one HTTP client, one rate gate per Slack app, one pool per app's database schema.
 */
public final class ProcessServices implements Services {
    private final Env env;
    private final Clock clock;
    private final boolean shadowMode;
    private final Keys keys;
    private final RedisCommands<String, String> redis;
    private final Map<String, SlackApp> slackApps;
    private final Databases databases;
    private final Map<String, SlackCalls> slack = new ConcurrentHashMap<>();
    private final Supplier<HttpClient> http = memoize(() -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build());

    /**
     * @param redis     opens the process's shared connection; called at most once, on first use
     * @param slackApps each app's Slack credentials
     * @param databases PostgreSQL, for the apps that use it
     */
    public ProcessServices(Env env, Clock clock, boolean shadowMode, Keys keys,
                           Supplier<RedisCommands<String, String>> redis, Map<String, SlackApp> slackApps,
                           Databases databases) {
        this.env = env;
        this.clock = clock;
        this.shadowMode = shadowMode;
        this.keys = keys;
        this.redis = lazy(redis);
        this.slackApps = Map.copyOf(slackApps);
        this.databases = databases;
    }

    @Override
    public Env env() {
        return env;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public boolean shadowMode() {
        return shadowMode;
    }

    @Override
    public Keys keys(String app) {
        return keys.forApp(app);
    }

    @Override
    public RedisCommands<String, String> redis() {
        return redis;
    }

    @Override
    public SlackCalls slack(String app) {
        return slack.computeIfAbsent(app, a -> {
            // building the client makes no request: a process (or a tool) that never calls Slack needs no token
            SlackSettings web = slackApps.containsKey(a) ? slackApps.get(a).web()
                    : new SlackSettings(new Secret(""), URI.create(SlackSettings.DEFAULT_API_URL));
            // Retry-After is wall time, whatever clock the apps are given
            return new SlackCalls(SlackClients.slack(web), web.botToken(), new RateGate(Clock.systemUTC()));
        });
    }

    @Override
    public Secret botToken(String app) {
        SlackApp settings = slackApps.get(app);
        return settings == null ? new Secret("") : settings.web().botToken();
    }

    /**
     * For work that only reads the apps' declarations (operator commands, tests, the behaviours table): nothing
     * connects, and a handler that tried would fail.
     */
    public static ProcessServices offline(Env env, Keys keys) {
        return new ProcessServices(env, Clock.systemUTC(), true, keys, () -> {
            throw new IllegalStateException("offline: no Redis here");
        }, Map.of(), Databases.none());
    }

    @Override
    public ChannelDirectory channels(String app) {
        return new RedisChannelDirectory(redis, keys(app));
    }

    @Override
    public HttpClient http() {
        return http.get();
    }

    @Override
    public DataSource database(String app) {
        return databases.forApp(app);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Commands that connect on the first call, so a process whose apps never use Redis directly opens nothing. */
    @SuppressWarnings("unchecked")
    private static RedisCommands<String, String> lazy(Supplier<RedisCommands<String, String>> open) {
        Supplier<RedisCommands<String, String>> target = memoize(open);
        return (RedisCommands<String, String>) Proxy.newProxyInstance(RedisCommands.class.getClassLoader(),
                new Class<?>[] {RedisCommands.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "lazy Redis commands" : method.invoke(target,
                                args);
                    }
                    try {
                        return method.invoke(target.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
