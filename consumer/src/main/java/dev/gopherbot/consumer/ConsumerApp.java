package dev.gopherbot.consumer;

import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.gopherbot.common.channels.RedisChannelDirectory;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.slack.SlackClients;
import dev.gopherbot.consumer.commands.Commands;
import dev.gopherbot.consumer.commands.Playground;
import dev.gopherbot.consumer.commands.SlackFiles;
import dev.gopherbot.consumer.content.Content;
import dev.gopherbot.consumer.dispatch.Dispatcher;
import dev.gopherbot.consumer.dispatch.Rules;
import dev.gopherbot.consumer.interactions.InteractiveDispatcher;
import dev.gopherbot.consumer.message.EventReader;
import dev.gopherbot.consumer.queue.DeadLetters;
import dev.gopherbot.consumer.queue.EntryWorker;
import dev.gopherbot.consumer.queue.InFlight;
import dev.gopherbot.consumer.queue.Monitor;
import dev.gopherbot.consumer.queue.Reclaimer;
import dev.gopherbot.consumer.queue.StreamReader;
import dev.gopherbot.consumer.queue.Streams;
import dev.gopherbot.consumer.queue.Workers;
import dev.gopherbot.consumer.registry.Registry;
import dev.gopherbot.consumer.slack.RateGate;
import dev.gopherbot.consumer.slack.Responder;
import dev.gopherbot.consumer.slack.SlackCallFailed;
import dev.gopherbot.consumer.slack.SlackCalls;
import dev.gopherbot.consumer.slash.Interactives;
import dev.gopherbot.consumer.suggest.CommunityTerms;
import dev.gopherbot.consumer.suggest.Definitions;
import dev.gopherbot.consumer.suggest.SuggestionStore;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.GlossaryException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer process: reads the work streams through its consumer group and runs the registered handlers. Start it
 * with {@link #start(ConsumerConfig)}; {@link #close()} stops reading, lets in-flight handlers finish (up to 20 s)
 * and leaves everything else pending for the other consumers.
 */
public final class ConsumerApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConsumerApp.class);
    private static final int STARTUP_ATTEMPTS = 6;

    private final ConsumerConfig config;
    private final RedisConnector connector;
    private final StatefulRedisConnection<String, String> shared;
    private final StatefulRedisConnection<String, String> blocking;
    private final Workers workers;
    private final InFlight inFlight;
    private final Monitor monitor;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread readerThread;
    private final ScheduledExecutorService scheduler;
    private final String botUserId;
    private volatile boolean closed;

    private ConsumerApp(ConsumerConfig config, Registry registry, ChannelCache channels, Definitions definitions,
                        CommunityTerms.Bound community, SlackCalls slack, String botUserId, String botId) {
        this.config = config;
        this.botUserId = botUserId;
        Clock clock = Clock.systemUTC();
        connector = new RedisConnector(config.redis());
        shared = connectOrClose(connector); // the connector itself waits for Redis up to 20 s
        channels.bind(new RedisChannelDirectory(shared, config.redis().keys()));
        blocking = connector.connectBlocking(StreamReader.blockTime());
        String instance = config.identity().instance();
        Streams streams = new Streams(config.redis().keys(), config.identity().appName());
        inFlight = new InFlight();
        SuggestionStore suggestions = new SuggestionStore(shared.sync(), config.redis().keys());
        community.bind(suggestions);
        InteractiveDispatcher interactive = Interactives.start(config.suggest(), definitions, suggestions, slack,
                clock);
        Rules rules = new Rules(botUserId, botId, config.maxEventAge(), config.shadowMode(), clock);
        EntryWorker worker = new EntryWorker(
                new EntryWorker.Policy(config.maxDeliveries(), config.retryBackoff(), config.visibilityTimeout()),
                shared.sync(), streams, instance, new EventReader(botUserId), rules,
                new Dispatcher(registry, new Responder(slack), interactive),
                new DeadLetters(shared.sync(), streams.keys(), clock, config.streamMaxLen()),
                inFlight, stopping);
        workers = new Workers(config.concurrency(), worker);
        monitor = new Monitor(shared.sync(), streams, instance, workers, worker, config.streamMaxLen(), clock);
        Reclaimer reclaimer = new Reclaimer(shared.sync(), streams, instance, workers, inFlight,
                config.visibilityTimeout());
        StreamReader reader = new StreamReader(blocking.sync(), shared.sync(), streams, instance, workers, stopping);
        readerThread = Thread.ofPlatform().name("stream-reader").start(reader::run);
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("consumer-monitor")
                .daemon().factory());
        every(reclaimer.interval(), reclaimer.interval(), "reclaim", reclaimer::runOnce);
        every(Duration.ZERO, Monitor.HEARTBEAT_INTERVAL, "heartbeat", monitor::beat);
        every(config.lagLogInterval(), config.lagLogInterval(), "lag", monitor::logLag);
        log.atInfo().addKeyValue("group", streams.group()).addKeyValue("consumer", instance)
                .addKeyValue("bot_user_id", botUserId).addKeyValue("shadow_mode", config.shadowMode())
                .addKeyValue("concurrency", config.concurrency()).log("consumer started");
    }

    public static ConsumerApp start(ConsumerConfig config) {
        return start(config, registry -> { });
    }

    /**
     * Starts with the built-in behaviours plus {@code extra} registrations (tests use this to add, say, a handler
     * that always fails).
     *
     * @throws ConfigException when a data file or registration is invalid, or Slack refuses the token
     */
    public static ConsumerApp start(ConsumerConfig config, Consumer<Registry> extra) {
        Registry registry = new Registry();
        ChannelCache channels = new ChannelCache();
        CommunityTerms.Bound community = new CommunityTerms.Bound();
        Definitions definitions;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            definitions = new Definitions(Glossary.loadDefault(), community);
            Commands.registerAll(new Commands.Tools(registry, RandomGenerator.getDefault(), definitions, channels,
                    Content.community(), Content.xkcd(), Playground.over(http, config.playgroundUrl()),
                    SlackFiles.over(http, config.slack().botToken()), config.shadowMode()));
            extra.accept(registry);
        } catch (GlossaryException e) {
            throw new ConfigException(e.problems());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException(List.of(e.getMessage()));
        }
        registry.freeze();
        SlackCalls slack = new SlackCalls(SlackClients.methods(config.slack()), new RateGate(Clock.systemUTC()));
        AuthTestResponse me = whoAmI(slack);
        return new ConsumerApp(config, registry, channels, definitions, community, slack, me.getUserId(),
                me.getBotId());
    }

    /** The bot's own user id, as {@code auth.test} reported it. */
    public String botUserId() {
        return botUserId;
    }

    /** This consumer's name in its group ({@code HEROKU_DYNO_ID}, else hostname-pid). */
    public String instance() {
        return config.identity().instance();
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
            readerThread.join(StreamReader.blockTime().plusSeconds(2).toMillis());
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

    /** {@code auth.test}: who the bot is, so it can ignore its own messages. Slack briefly away is retried. */
    private static AuthTestResponse whoAmI(SlackCalls slack) {
        for (int attempt = 1; ; attempt++) {
            try {
                return slack.call("auth.test", m -> m.authTest(r -> r));
            } catch (SlackCallFailed e) {
                if (e.kind() == SlackCallFailed.Kind.PERMANENT) {
                    throw new ConfigException(List.of("SLACK_BOT_TOKEN was refused by Slack (auth.test: "
                            + e.error() + ")"));
                }
                if (attempt == STARTUP_ATTEMPTS) {
                    throw new IllegalStateException("Slack's auth.test kept failing: " + e.getMessage(), e);
                }
                pause(attempt);
            }
        }
    }

    /** A failed start must not leave the Redis client's threads behind. */
    private static StatefulRedisConnection<String, String> connectOrClose(RedisConnector connector) {
        try {
            return connector.connect();
        } catch (RedisException e) {
            connector.close();
            throw e;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(8_000L, 500L << attempt)); // startup backoff, nothing to synchronise with
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }
}
