package dev.gopherbot.gateway;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.Databases;
import dev.gopherbot.app.host.Definitions;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.host.SlackApp;
import dev.gopherbot.common.config.BotEnv;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.SharedConnection;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.common.web.WebSettings;
import dev.gopherbot.gateway.ingress.MethodNotAllowed;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.ops.HealthEndpoint;
import dev.gopherbot.gateway.ops.Heartbeat;
import dev.gopherbot.gateway.ops.MetricsEndpoint;
import dev.gopherbot.gateway.web.WebPages;
import dev.gopherbot.gateway.web.WebRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running gateway: an HTTP server in front of one shared Redis connection, with each app's Slack routes, webhooks
 * and pages ({@link Routes}). Start it with {@link #start}; other modules' tests run it in-process on a free port
 * ({@code PORT=0}).
 */
public final class GatewayApp implements AutoCloseable {
    /** In-flight requests get this long to finish on close; with Redis's close it stays within the 25 s budget. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(20);
    /** Keys as text, values as bytes: the body is stored exactly as Slack sent it, never re-encoded. */
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final Logger LOG = LoggerFactory.getLogger(GatewayApp.class);

    private final RedisConnector connector;
    /** Opened only if an app uses Redis itself (its own state), not for the queue. */
    private final SharedConnection appRedis;
    private final Databases databases;
    private final StatefulRedisConnection<String, byte[]> redis;
    private GatewayMetrics metrics;
    private Javalin server;
    private Heartbeat heartbeat;
    private boolean closed;

    private GatewayApp(RedisConnector connector, SharedConnection appRedis, Databases databases) {
        this.connector = connector;
        this.appRedis = appRedis;
        this.databases = databases;
        this.redis = connector.connect(CODEC); // waits for Redis up to 20 s
    }

    /** Starts the apps' routes on {@code PORT} (0 = a free port) with virtual threads. */
    public static GatewayApp start(Env env, List<App> apps) {
        return start(env, apps, true);
    }

    /**
     * As {@link #start(Env, List)}, choosing the request threads (the benchmark compares both). Every setting and
     * every app's registrations are checked before anything connects.
     *
     * @throws ConfigException listing every invalid setting or registration
     */
    public static GatewayApp start(Env env, List<App> apps, boolean virtualThreads) {
        GatewayConfig config = GatewayConfig.from(env);
        Map<String, SlackApp> slackApps = Definitions.slackApps(env, apps, true);
        env.check();
        RedisConnector connector = new RedisConnector(config.redis());
        SharedConnection appRedis = new SharedConnection(connector);
        Databases databases = Databases.from(env);
        GatewayApp app = null;
        try {
            ProcessServices services = new ProcessServices(env, Clock.systemUTC(),
                    env.choice("BOT_ENV", BotEnv.DEVELOPMENT).shadowMode(), config.redis().keys(),
                    () -> appRedis.get().sync(), slackApps, databases);
            List<AppDefinition> definitions = Definitions.define(env, apps, services);
            WebPages pages = WebPages.of(definitions);
            // sign-in settings matter only when an app has pages (PUBLIC_URL alone may serve others, e.g. OAuth)
            Optional<WebSettings> web = pages.isEmpty() ? Optional.empty() : Optional.of(WebSettings.require(env));
            databases.check(env, definitions);
            env.check(); // every problem, before anything connects
            databases.migrate(definitions);
            app = new GatewayApp(connector, appRedis, databases);
            List<StreamKind> kinds = definitions.stream().flatMap(d -> d.kinds().stream()).toList();
            app.metrics = new GatewayMetrics(kinds);
            Routes routes = new Routes(definitions, slackApps, config, app.metrics, app.redis.sync());
            GatewayApp started = app;
            app.server = Javalin.create(cfg -> started.configure(cfg, routes, pages, web, slackApps, virtualThreads))
                    .start(config.port());
            app.heartbeat = new Heartbeat(app.redis.async(),
                    config.redis().keys().heartbeat("gateway", config.identity().instance()), app.port());
        } catch (RuntimeException e) {
            if (app != null) {
                app.close();
            } else {
                appRedis.close();
                databases.close();
                connector.close();
            }
            throw e;
        }
        LOG.atInfo().addKeyValue("port", app.port()).addKeyValue("instance", config.identity().instance())
                .addKeyValue("apps", apps.stream().map(App::name).toList())
                .addKeyValue("virtual_threads", virtualThreads).log("gateway listening on port {}", app.port());
        return app;
    }

    private void configure(JavalinConfig cfg, Routes routes, WebPages pages, Optional<WebSettings> web,
                           Map<String, SlackApp> slackApps, boolean virtualThreads) {
        routes.mount(cfg.routes);
        cfg.routes.get(HealthEndpoint.PATH, new HealthEndpoint(redis.sync()));
        // the health path of the bot this platform replaces, so its uptime checks keep working after the switch
        cfg.routes.get(HealthEndpoint.LEGACY_PATH, new HealthEndpoint(redis.sync()));
        cfg.routes.get(MetricsEndpoint.PATH, new MetricsEndpoint(metrics));
        MethodNotAllowed.register(cfg.routes, HealthEndpoint.PATH, HandlerType.GET, metrics);
        MethodNotAllowed.register(cfg.routes, MetricsEndpoint.PATH, HandlerType.GET, metrics);
        if (!pages.isEmpty()) {
            // members of any enabled app's workspace may sign in; a page of one app is for its workspace alone
            // only in a single-workspace deployment, the common case (docs/web.md)
            Set<String> teams = new LinkedHashSet<>();
            slackApps.values().forEach(a -> a.teamId().ifPresent(teams::add));
            WebRoutes.mount(cfg.routes, pages, web.orElseThrow(), teams, Clock.systemUTC(), metrics);
        }

        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.concurrency.useVirtualThreads = virtualThreads;
        cfg.jetty.modifyServer(jetty -> {
            // on stop: close the listening socket, let in-flight requests finish, then stop
            jetty.insertHandler(new GracefulHandler());
            jetty.setStopTimeout(DRAIN_TIMEOUT.toMillis());
        });
    }

    public int port() {
        return server.port();
    }

    /** Stops accepting, lets in-flight requests finish (up to {@link #DRAIN_TIMEOUT}), then closes Redis. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (heartbeat != null) {
                heartbeat.close();
            }
            if (server != null) {
                server.stop();
            }
        } finally {
            appRedis.close();
            redis.close();
            connector.close();
            databases.close();
            if (metrics != null) {
                metrics.close();
            }
        }
    }
}
