package dev.gopherbot.gateway;

import dev.gopherbot.apps.gopherbot.suggest.SuggestForm;
import dev.gopherbot.apps.gopherbot.suggest.SuggestionCheck;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.web.WebSettings;
import dev.gopherbot.gateway.commands.CommandsEndpoint;
import dev.gopherbot.gateway.events.EventsEndpoint;
import dev.gopherbot.gateway.ingress.Audience;
import dev.gopherbot.gateway.ingress.BodyLimit;
import dev.gopherbot.gateway.ingress.ContentTypes;
import dev.gopherbot.gateway.ingress.MethodNotAllowed;
import dev.gopherbot.gateway.ingress.SignatureVerifier;
import dev.gopherbot.gateway.ingress.SignedRequestReader;
import dev.gopherbot.gateway.ingress.SlackRoute;
import dev.gopherbot.gateway.interactions.InteractionsEndpoint;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.ops.HealthEndpoint;
import dev.gopherbot.gateway.ops.Heartbeat;
import dev.gopherbot.gateway.ops.MetricsEndpoint;
import dev.gopherbot.gateway.queue.Acknowledger;
import dev.gopherbot.gateway.queue.EventQueue;
import dev.gopherbot.gateway.web.WebPages;
import dev.gopherbot.gateway.web.WebRoutes;
import dev.gopherbot.glossary.Glossary;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running gateway: an HTTP server in front of one shared Redis connection. Start it with {@link #start}; other
 * modules' tests run it in-process on a free port ({@code PORT=0}).
 */
public final class GatewayApp implements AutoCloseable {
    /** In-flight requests get this long to finish on close; with Redis's close it stays within the 25 s budget. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(20);
    /** Keys as text, values as bytes: the body is stored exactly as Slack sent it, never re-encoded. */
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final Logger LOG = LoggerFactory.getLogger(GatewayApp.class);

    private final RedisConnector connector;
    private final StatefulRedisConnection<String, byte[]> redis;
    private final GatewayMetrics metrics;
    private Javalin server;
    private Heartbeat heartbeat;
    private boolean closed;

    private GatewayApp(GatewayConfig config) {
        this.connector = new RedisConnector(config.redis());
        this.metrics = new GatewayMetrics();
        try {
            this.redis = connector.connect(CODEC);
        } catch (RuntimeException e) {
            connector.close();
            throw e;
        }
    }

    /** Starts on {@code config.port()} (0 = a free port) with virtual threads and no web pages. */
    public static GatewayApp start(GatewayConfig config) {
        return start(config, WebPages.none(), true);
    }

    /** As {@link #start(GatewayConfig)}, choosing the request threads; the benchmark compares both. */
    public static GatewayApp start(GatewayConfig config, boolean virtualThreads) {
        return start(config, WebPages.none(), virtualThreads);
    }

    /** As {@link #start(GatewayConfig)}, also serving {@code pages} behind sign-in (docs/web.md). */
    public static GatewayApp start(GatewayConfig config, WebPages pages) {
        return start(config, pages, true);
    }

    /**
     * As {@link #start(GatewayConfig, WebPages)}, choosing the request threads. Pages without web settings throw
     * {@link dev.gopherbot.common.config.ConfigException} naming {@code WEB_SESSION_KEY} and {@code PUBLIC_URL},
     * before anything is connected.
     */
    public static GatewayApp start(GatewayConfig config, WebPages pages, boolean virtualThreads) {
        if (!pages.isEmpty() && config.web().isEmpty()) {
            throw WebSettings.missing();
        }
        GatewayApp app = new GatewayApp(config);
        try {
            app.server = Javalin.create(cfg -> app.configure(cfg, config, pages, virtualThreads))
                    .start(config.port());
            app.heartbeat = new Heartbeat(app.redis.async(),
                    config.redis().keys().heartbeat("gateway", config.identity().instance()), app.port());
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        LOG.atInfo().addKeyValue("port", app.port()).addKeyValue("instance", config.identity().instance())
                .addKeyValue("virtual_threads", virtualThreads).log("gateway listening on port {}", app.port());
        return app;
    }

    private void configure(JavalinConfig cfg, GatewayConfig config, WebPages pages, boolean virtualThreads) {
        SignedRequestReader signed = new SignedRequestReader(
                new SignatureVerifier(config.signingSecret(), Clock.systemUTC()), new BodyLimit());
        EventQueue queue = new EventQueue(redis.sync(), config.redis().keys(), config.streamMaxLen());
        Audience audience = new Audience(config.appId(), config.teamId());
        EventsEndpoint events = new EventsEndpoint(audience, queue, metrics);
        Acknowledger acknowledger = new Acknowledger(queue, metrics);
        CommandsEndpoint commands = new CommandsEndpoint(audience, acknowledger);
        InteractionsEndpoint interactions = new InteractionsEndpoint(audience, acknowledger,
                Map.of(SuggestForm.CALLBACK_ID, new SuggestionCheck(Glossary.loadDefault())));

        cfg.routes.post(EventsEndpoint.PATH,
                new SlackRoute(EventsEndpoint.PATH, ContentTypes.JSON, signed, events, metrics));
        cfg.routes.post(CommandsEndpoint.PATH,
                new SlackRoute(CommandsEndpoint.PATH, ContentTypes.FORM, signed, commands, metrics));
        cfg.routes.post(InteractionsEndpoint.PATH,
                new SlackRoute(InteractionsEndpoint.PATH, ContentTypes.FORM, signed, interactions, metrics));
        cfg.routes.get(HealthEndpoint.PATH, new HealthEndpoint(redis.sync()));
        cfg.routes.get(MetricsEndpoint.PATH, new MetricsEndpoint(metrics));
        MethodNotAllowed.register(cfg.routes, EventsEndpoint.PATH, HandlerType.POST, metrics);
        MethodNotAllowed.register(cfg.routes, CommandsEndpoint.PATH, HandlerType.POST, metrics);
        MethodNotAllowed.register(cfg.routes, InteractionsEndpoint.PATH, HandlerType.POST, metrics);
        MethodNotAllowed.register(cfg.routes, HealthEndpoint.PATH, HandlerType.GET, metrics);
        MethodNotAllowed.register(cfg.routes, MetricsEndpoint.PATH, HandlerType.GET, metrics);
        if (!pages.isEmpty()) {
            WebRoutes.mount(cfg.routes, pages, config.web().orElseThrow(), config.webTeams(), Clock.systemUTC(),
                    metrics);
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
            redis.close();
            connector.close();
            metrics.close();
        }
    }
}
