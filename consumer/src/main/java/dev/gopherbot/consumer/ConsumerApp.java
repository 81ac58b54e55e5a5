package dev.gopherbot.consumer;

import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.Databases;
import dev.gopherbot.app.host.Definitions;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.host.SlackApp;
import dev.gopherbot.app.slack.InteractiveResponder;
import dev.gopherbot.app.slack.Responder;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.SharedConnection;
import dev.gopherbot.common.retry.Backoff;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.dispatch.Dispatcher;
import dev.gopherbot.consumer.dispatch.HostedApp;
import dev.gopherbot.consumer.dispatch.InteractiveDispatcher;
import dev.gopherbot.consumer.dispatch.Rules;
import dev.gopherbot.consumer.events.EventReader;
import dev.gopherbot.consumer.queue.DeadLetters;
import dev.gopherbot.consumer.queue.EntryWorker;
import dev.gopherbot.consumer.queue.InFlight;
import dev.gopherbot.consumer.queue.Monitor;
import dev.gopherbot.consumer.queue.Reclaimer;
import dev.gopherbot.consumer.queue.StreamReader;
import dev.gopherbot.consumer.queue.StreamTrimmer;
import dev.gopherbot.consumer.queue.Streams;
import dev.gopherbot.consumer.queue.Workers;
import dev.gopherbot.consumer.upgrade.StreamsBeforeApps;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer process: reads the work streams through its consumer group and runs the registered handlers. Start it
 * with {@link #start(Env, List)}; {@link #close()} stops reading, lets in-flight handlers finish (up to 20 s)
 * and leaves everything else pending for the other consumers.
 */
public final class ConsumerApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConsumerApp.class);
    private static final int STARTUP_ATTEMPTS = 6;
    /** Between start-up attempts to reach Slack: 1, 2, 4, 8, 8 s, about 20 s in all before giving up. */
    private static final Backoff STARTUP_PAUSE = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(8));

    private final ConsumerConfig config;
    private final Map<String, String> botUserIds = new LinkedHashMap<>();
    private final RedisConnector connector;
    private final StatefulRedisConnection<String, String> shared;
    private final Databases databases;
    private final StatefulRedisConnection<String, String> blocking;
    private final Streams streams;
    private final Workers workers;
    private final InFlight inFlight;
    private final Monitor monitor;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread readerThread;
    private final ScheduledExecutorService scheduler;
    private volatile boolean closed;

    private ConsumerApp(ConsumerConfig config, RedisConnector connector,
                        StatefulRedisConnection<String, String> shared, Databases databases,
                        List<AppDefinition> definitions, ProcessServices services) {
        this.config = config;
        this.connector = connector;
        this.shared = shared;
        this.databases = databases;
        Clock clock = services.clock();
        Map<String, HostedApp> apps = new LinkedHashMap<>();
        List<StreamKind> kinds = new ArrayList<>();
        List<StreamKind> priority = new ArrayList<>();
        for (AppDefinition definition : definitions) {
            HostedApp app = host(definition, services.slack(definition.name()), config, clock);
            apps.put(definition.name(), app);
            botUserIds.put(definition.name(), app.rules().botUserId());
            kinds.addAll(definition.kinds());
            priority.addAll(definition.priorityKinds());
        }
        String instance = config.identity().instance();
        if (definitions.size() == 1) {
            // a deployment of one app may be upgrading from the release before apps: its work moves over first
            StreamsBeforeApps.adopt(shared.sync(), config.redis().keys(), config.identity().appName(), instance,
                    kinds);
        }
        blocking = connector.connectBlocking(StreamReader.blockTime());
        streams = new Streams(config.redis().keys(), config.identity().appName(), kinds, priority);
        inFlight = new InFlight();
        EntryWorker worker = new EntryWorker(
                new EntryWorker.Policy(config.maxDeliveries(), config.retryBackoff(), config.visibilityTimeout()),
                shared.sync(), streams, instance, apps,
                new DeadLetters(shared.sync(), streams.keys(), clock, config.streamMaxLen()),
                inFlight, stopping);
        workers = new Workers(config.concurrency(), worker, inFlight);
        monitor = new Monitor(shared.sync(), streams, instance, workers, worker, config.streamMaxLen(), clock);
        Reclaimer reclaimer = new Reclaimer(shared.sync(), streams, instance, workers, inFlight,
                config.visibilityTimeout());
        StreamReader reader = new StreamReader(blocking.sync(), shared.sync(), streams, instance, workers, stopping);
        // two threads: keeping in-flight entries claimed must never wait behind a reclaim round waiting for slots
        scheduler = Executors.newScheduledThreadPool(2, Thread.ofPlatform().name("consumer-monitor-", 0)
                .daemon().factory());
        if (kinds.isEmpty()) {
            // apps with only jobs or pages: nothing arrives through the streams
            readerThread = null;
        } else {
            readerThread = Thread.ofPlatform().name("stream-reader").start(reader::run);
            every(reclaimer.interval(), reclaimer.interval(), "keep claimed", reclaimer::keepClaimed);
            every(reclaimer.interval(), reclaimer.interval(), "reclaim", reclaimer::reclaim);
            every(config.lagLogInterval(), config.lagLogInterval(), "lag", monitor::logLag);
            StreamTrimmer trimmer = new StreamTrimmer(shared.sync(), streams);
            every(StreamTrimmer.INTERVAL, StreamTrimmer.INTERVAL, "trim", trimmer::trimAll);
        }
        every(Duration.ZERO, Monitor.HEARTBEAT_INTERVAL, "heartbeat", monitor::beat);
        log.atInfo().addKeyValue("group", streams.group()).addKeyValue("consumer", instance)
                .addKeyValue("apps", String.join(",", apps.keySet())).addKeyValue("bot_user_ids", botUserIds)
                .addKeyValue("streams", kinds.stream().map(StreamKind::wireName).toList())
                .addKeyValue("shadow_mode", config.shadowMode()).addKeyValue("concurrency", config.concurrency())
                .log("consumer started");
    }

    /**
     * Starts the consumer for {@code apps} with the settings in {@code env}: each app is defined, its bot asked who
     * it is, and every stream of every app read through one blocking connection.
     *
     * @throws ConfigException listing every invalid setting or registration, or naming a token Slack refused
     */
    public static ConsumerApp start(Env env, List<App> apps) {
        ConsumerConfig config = ConsumerConfig.from(env);
        Map<String, SlackApp> slackApps = Definitions.slackApps(env, apps, false);
        env.check();
        RedisConnector connector = new RedisConnector(config.redis());
        SharedConnection shared = new SharedConnection(connector);
        Databases databases = Databases.from(env);
        try {
            ProcessServices services = new ProcessServices(env, Clock.systemUTC(), config.shadowMode(),
                    config.redis().keys(), () -> shared.get().sync(), slackApps, databases);
            List<AppDefinition> definitions = Definitions.define(env, apps, services);
            databases.check(env, definitions);
            env.check();
            databases.migrate(definitions);
            // the connector itself waits for Redis up to 20 s
            return new ConsumerApp(config, connector, shared.get(), databases, definitions, services);
        } catch (RuntimeException e) {
            shared.close();
            connector.close();
            databases.close();
            throw e;
        }
    }

    /** The app's bot user id, as {@code auth.test} reported it. */
    public String botUserId(String app) {
        return botUserIds.get(app);
    }

    /** This consumer's name in its group ({@code HEROKU_DYNO_ID}, else hostname-pid). */
    public String instance() {
        return config.identity().instance();
    }

    /** Every stream this consumer reads, those a person waits on first. */
    public List<StreamKind> streams() {
        return streams.kinds();
    }

    /** The current lag of every stream this consumer reads. */
    public List<Monitor.Lag> lag() {
        return monitor.lag();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping.countDown();
        try {
            if (readerThread != null) {
                readerThread.join(StreamReader.blockTime().plusSeconds(2).toMillis());
            }
            scheduler.shutdownNow();
            if (!workers.awaitIdle(config.shutdownGrace())) {
                log.warn("handlers still running after {} s; leaving their entries pending for other consumers",
                        config.shutdownGrace().toSeconds());
                inFlight.interruptAll();
                workers.awaitIdle(Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            monitor.stopBeating();
        } catch (RedisException e) {
            log.debug("heartbeat not removed: {}", e.toString());
        }
        blocking.close();
        shared.close();
        connector.close();
        databases.close();
        log.info("consumer stopped");
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    /** Runs {@code task} periodically; a failure (Redis away) is logged once per streak and retried next round. */
    private void every(Duration first, Duration interval, String name, Task task) {
        boolean[] failing = {false};
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
                if (failing[0]) {
                    log.info("{} works again", name);
                    failing[0] = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | Error e) {
                if (!failing[0]) {
                    log.warn("{} failed (will keep trying): {}", name, e.toString(), e);
                }
                failing[0] = true;
            }
        }, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static HostedApp host(AppDefinition definition, SlackCalls slack, ConsumerConfig config, Clock clock) {
        AuthTestResponse me = whoAmI(definition.name(), slack);
        return new HostedApp(definition, new EventReader(me.getUserId()),
                new Rules(me.getUserId(), me.getBotId(), config.maxEventAge(), config.shadowMode(), clock),
                new Dispatcher(definition, new Responder(slack), new InteractiveDispatcher(definition.interactive(),
                        new InteractiveResponder(slack), clock)));
    }

    /** {@code auth.test}: who the app's bot is, so it can ignore its own messages. Slack briefly away is retried. */
    private static AuthTestResponse whoAmI(String app, SlackCalls slack) {
        for (int attempt = 1; ; attempt++) {
            try {
                return slack.call("auth.test", m -> m.authTest(r -> r));
            } catch (SlackCallFailed e) {
                if (e.kind() == SlackCallFailed.Kind.PERMANENT) {
                    throw new ConfigException(List.of("the bot token of app \"" + app
                            + "\" was refused by Slack (auth.test: " + e.error() + ")"));
                }
                if (attempt == STARTUP_ATTEMPTS) {
                    throw new IllegalStateException("Slack's auth.test kept failing: " + e.getMessage(), e);
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(STARTUP_PAUSE.delay(attempt)); // startup backoff, nothing to synchronise with
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }
}
