package dev.gopherbot.systemtests.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.gateway.GatewayApp;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Failure;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.GatewayClient;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The work queue's proof (issue 6): nothing the gateway accepted is lost and no effect happens twice, while a
 * consumer is SIGKILLed mid-run, Redis restarts (append-only file), and Slack rate-limits 10% of calls and fails 5%.
 * Everything runs as it does in production: the gateway and two consumers are child JVMs started from their fat
 * jars; Slack events are signed HTTP requests, retried as Slack retries them while the gateway answers 503.
 * Run it alone with {@code ./mvnw -pl system-tests -am verify -Dgroups=reliability}.
 */
@Tag("reliability")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityProofIT {
    private static final StreamKind PUBLIC = StreamKind.messagePublic(GopherbotApp.NAME);
    /** The streams the community bot's events arrive on. */
    private static final List<StreamKind> KINDS = List.of(PUBLIC, StreamKind.messagePrivate(GopherbotApp.NAME),
            StreamKind.event(GopherbotApp.NAME, "team_join"), StreamKind.event(GopherbotApp.NAME,
                    "member_joined_channel"));
    private static final int EVENTS = 1000;
    private static final int FAILING_EVENTS = 50;
    private static final String SECRET = "reliability-proof-signing-secret";
    private static Keys KEYS;
    private static final String GROUP = Identity.DEFAULT_APP_NAME;
    private static final String[] CHANNELS = {"C0GENERAL", "C0RANDOM", "C0NEWBIES", "C0GOTIME", "C0JOBS"};

    private static RedisServer redis;
    private static FakeSlack slack;
    private static RedisClient redisClient;
    private static StatefulRedisConnection<String, String> connection;
    private static RedisCommands<String, String> commands;
    private static ChildProcess gateway;
    private static final Map<String, ChildProcess> consumers = new HashMap<>();
    private static GatewayClient client;
    private static Map<String, String> consumerEnv;

    @BeforeAll
    static void startTheBot() throws IOException {
        redis = RedisServer.startPersistent();
        KEYS = new Keys(redis.keyPrefix() + "proof:");
        slack = FakeSlack.start();
        redisClient = RedisClient.create(redis.url());
        connection = redisClient.connect();
        commands = connection.sync();
        int port = freePort();
        Map<String, String> common = Map.of("REDIS_URL", redis.url(), "REDIS_KEY_PREFIX", KEYS.prefix(),
                "BOT_ENV", "production", "LOG_FORMAT", "text");
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.putAll(Map.of("PORT", Integer.toString(port), "SLACK_SIGNING_SECRET", SECRET,
                "HEROKU_DYNO_ID", "web.1"));
        gateway = ChildProcess.start("gateway", "gateway", gatewayEnv);
        consumerEnv = new HashMap<>(common);
        consumerEnv.putAll(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_API_URL", slack.apiUrl(),
                "VISIBILITY_TIMEOUT", "5s", "MAX_DELIVERIES", "5", "RETRY_BACKOFF", "200ms",
                "CONSUMER_CONCURRENCY", "16"));
        startConsumer("consumer.1");
        startConsumer("consumer.2");
        client = new GatewayClient(URI.create("http://127.0.0.1:" + port), SECRET);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> client.get("/healthz").statusCode() == 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> heartbeat("consumer.1") && heartbeat("consumer.2"));
    }

    @AfterAll
    static void stopTheBot() throws InterruptedException {
        for (ChildProcess c : consumers.values()) {
            c.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (connection != null) {
            connection.close();
            redisClient.shutdown();
        }
        if (slack != null) {
            slack.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    @Order(1)
    void everyEventTakesEffectExactlyOnceThroughAConsumerKillARedisRestartAndSlackFailures() throws Exception {
        redis.assumeRestartable(); // the proof restarts Redis mid-run
        slack.api().failRandomly(0.10, 1, 0.05, 20_260_601L);
        long started = System.nanoTime();
        AtomicInteger accepted = new AtomicInteger();
        EffectAudit audit = new EffectAudit();
        CountDownLatch allAccepted = sendPaced(mixedTraffic(EVENTS, audit), accepted);

        // (a) SIGKILL one consumer while it holds entries, restart it a moment later
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.get() >= EVENTS * 3 / 10
                && pendingFor("consumer.1") > 0);
        consumers.get("consumer.1").kill();
        // what the dead consumer held when it died: the only entries whose effect may have happened unrecorded
        Set<String> inFlightAtKill = eventsPendingFor("consumer.1");
        long strandedByKill = inFlightAtKill.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.get() >= EVENTS * 4 / 10);
        startConsumer("consumer.1");

        // (b) restart Redis (append-only file, fsync always): the gateway answers 503, Slack's retries get through
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.get() >= EVENTS * 6 / 10);
        redis.stop();
        redis.start();

        assertTrue(allAccepted.await(3, TimeUnit.MINUTES), "every event accepted by the gateway");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertTrue(audit.judge(slack.calls()).none().isEmpty() && nothingPending(),
                        audit.judge(slack.calls()).summary() + "; none: " + audit.judge(slack.calls()).none()));
        stopConsumers(); // lets every running handler finish: a late second run would post before the verdict

        EffectAudit.Verdict verdict = audit.judge(slack.calls());
        assertEquals(List.of(), verdict.none(), "every event took effect");
        // the marker window (docs/consumer.md): an effect done by a consumer killed before it recorded the effect
        // is done again by the consumer that reclaims the entry; any other repeat is a bug
        List<String> repeatedOutsideTheKill = verdict.twice().stream()
                .filter(t -> !inFlightAtKill.contains(t.substring(0, t.indexOf(' ')))).toList();
        assertEquals(List.of(), repeatedOutsideTheKill, "and none twice outside the SIGKILL's window: "
                + verdict.summary());
        assertTrue(verdict.twice().size() <= strandedByKill, verdict.summary());
        assertEquals(0, deadLetters(), "no dead letters");
        for (StreamKind kind : KINDS) {
            assertEquals(0, pending(kind), kind.wireName() + " has nothing pending");
        }
        report(String.format("run 1: %s; %d entries stranded by the SIGKILL and reclaimed, %d of them repeated an "
                        + "effect (the marker window); gateway answers other than 200: %d; 0 pending, 0 dead "
                        + "letters; %.1f s", verdict.summary(), strandedByKill, verdict.twice().size(),
                NOT_ACCEPTED.get(), (System.nanoTime() - started) / 1e9));
        startConsumer("consumer.1");
        startConsumer("consumer.2");
    }

    @Test
    @Order(2)
    void aHandlerThatAlwaysFailsFillsTheDeadLettersAndARequeueDeliversThemOnceFixed() throws Exception {
        slack.api().stopFailing();
        slack.api().failAlways("reactions.add", Failure.serverError(500));
        EffectAudit audit = new EffectAudit();
        assertTrue(sendPaced(reactions(FAILING_EVENTS, "C0MODS", audit), new AtomicInteger())
                .await(2, TimeUnit.MINUTES));
        Set<String> eventIds = audit.events();

        await().atMost(Duration.ofMinutes(2)).until(() -> deadLetters() == FAILING_EVENTS);
        List<StreamMessage<String, String>> dead = commands.xrange(KEYS.deadLetters(PUBLIC),
                Range.create("-", "+"));
        assertEquals(eventIds, dead.stream().map(m -> m.getBody().get(EntryFields.EVENT_ID))
                .collect(Collectors.toSet()), "exactly those events are dead letters");
        assertTrue(dead.stream().allMatch(m -> m.getBody().get("dead_deliveries").equals("5")
                && m.getBody().get("dead_error").contains("reactions.add: http 500")));
        assertEquals(0, pending(PUBLIC), "dead letters are acknowledged in the live stream");
        assertEquals(FAILING_EVENTS, audit.judge(slack.calls()).none().size(), "no reaction took effect");

        slack.api().stopFailing(); // the handler is fixed
        ChildProcess requeue = ChildProcess.start("dead-letters", "consumer", consumerEnv, "dead-letters",
                "requeue", PUBLIC.wireName(), "--all");
        assertEquals(0, requeue.waitForExit(), Files.readString(ChildProcess.log("dead-letters")));

        await().atMost(Duration.ofMinutes(1)).until(() -> audit.judge(slack.calls()).none().isEmpty()
                && pending(PUBLIC) == 0);
        stopConsumers();
        EffectAudit.Verdict verdict = audit.judge(slack.calls());
        assertTrue(verdict.exactlyOnce(), "each requeued event's reaction exactly once: " + verdict.summary());
        assertEquals(0, deadLetters());
        report(String.format("run 2: %d events with reactions.add failing (HTTP 500): %d dead letters with "
                        + "5 deliveries each, 0 pending; after the fix, dead-letters requeue --all: %s, "
                        + "0 dead letters", FAILING_EVENTS, dead.size(), verdict.summary()));
        startConsumer("consumer.1");
        startConsumer("consumer.2");
    }

    /**
     * The proof can fail: the same traffic and the same judge, through a gateway and consumer whose app posts its
     * answer twice. Every event must be reported as repeated, though some calls fail and the handler's
     * retries absorb.
     */
    @Test
    @Order(3)
    void theProofCatchesAHandlerThatPostsTwice() throws Exception {
        slack.api().stopFailing();
        slack.api().failRandomly(0.1, 1, 0.2, 7L);
        EffectAudit audit = new EffectAudit();
        Keys keys = new Keys(redis.keyPrefix() + "broken:");
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_API_URL", slack.apiUrl(), "REDIS_URL", redis.url(),
                "REDIS_KEY_PREFIX", keys.prefix(), "BOT_ENV", "production", "RETRY_BACKOFF", "50ms",
                "MAX_DELIVERIES", "10", "LOG_FORMAT", "text"));
        App twice = App.of("twice", app -> app.add("ReliabilityProofIT", r -> r.matcher("tour", "answers twice",
                m -> m.text().equals("tour"), ctx -> {
                    ctx.say("the tour");
                    ctx.say("the tour, again"); // the bug: a second effect for one event
                    return Outcome.done();
                })));
        try (GatewayApp brokenGateway = GatewayApp.start(new Env(env), List.of(twice));
             ConsumerApp brokenConsumer = ConsumerApp.start(new Env(env), List.of(twice))) {
            GatewayClient brokenClient = new GatewayClient(URI.create("http://127.0.0.1:" + brokenGateway.port()),
                    SECRET);
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                bodies.add(dmCommand("U0TWICE" + i, "tour", audit));
            }
            bodies.forEach(body -> assertEquals(200, brokenClient.postEvent(body).statusCode()));
            StreamKind dms = StreamKind.messagePrivate("twice");
            await().atMost(Duration.ofSeconds(60)).until(() -> audit.judge(slack.calls()).none().isEmpty()
                    && commands.xlen(keys.stream(dms)) == 20 && commands.xpending(keys.stream(dms),
                    GROUP).getCount() == 0);
        } finally {
            slack.api().stopFailing();
        }

        EffectAudit.Verdict verdict = audit.judge(slack.calls());
        assertFalse(verdict.exactlyOnce(), "the judge must reject this run");
        assertEquals(20, verdict.twice().size(), verdict.summary());
        report("broken variant (a handler that posts twice): the proof fails as it should: " + verdict.summary());
    }

    private static final AtomicInteger NOT_ACCEPTED = new AtomicInteger();

    /**
     * Mixed traffic whose every effect lands where no other event's does: 70% channel messages with a trigger word
     * (one reaction on that message), 20% DMs asking for the tour (one answer in that DM: a post, which Slack would
     * happily repeat), 10% people joining (one welcome DM to them).
     */
    private static List<String> mixedTraffic(int count, EffectAudit audit) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(switch (i % 10) {
                case 7, 8 -> dmCommand("U0DM" + i, "tour", audit);
                case 9 -> {
                    String user = "U0NEW" + i;
                    String eventId = SlackPayloads.newEventId();
                    slack.workspace().addUser(new Workspace.User(user, "newcomer" + i, "Newcomer " + i, false));
                    audit.expectPost(eventId, "welcome", slack.workspace().imWith(user).id());
                    yield SlackPayloads.teamJoin(eventId, user, "newcomer" + i);
                }
                default -> reaction(CHANNELS[i % CHANNELS.length], "my adorable little gophers, number " + i, audit);
            });
        }
        return bodies;
    }

    private static List<String> reactions(int count, String channel, EffectAudit audit) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(reaction(channel, "my adorable little gophers, number " + i, audit));
        }
        return bodies;
    }

    private static String reaction(String channel, String text, EffectAudit audit) {
        String ts = slack.workspace().post(channel, "U0ALICE", text, null, null).ts;
        SlackPayloads.Message event = SlackPayloads.message(channel, "U0ALICE", text).ts(ts);
        audit.expectReaction(event.eventId(), channel, ts);
        return event.envelope();
    }

    /** A DM from {@code user}, a DM channel of its own, so the answer can only be this event's. */
    private static String dmCommand(String user, String text, EffectAudit audit) {
        String channel = slack.workspace().imWith(user).id();
        String ts = slack.workspace().post(channel, user, text, null, null).ts;
        SlackPayloads.Message event = SlackPayloads.message(channel, user, text).ts(ts);
        audit.expectPost(event.eventId(), "answer", channel);
        return event.envelope();
    }

    /** Sends the events a few milliseconds apart, each retried as Slack retries (with {@code X-Slack-Retry-Num}). */
    private static CountDownLatch sendPaced(List<String> bodies, AtomicInteger accepted) {
        CountDownLatch done = new CountDownLatch(bodies.size());
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            pacer.schedule(() -> Thread.startVirtualThread(() -> {
                deliverLikeSlack(body);
                accepted.incrementAndGet();
                done.countDown();
            }), i * 8L, TimeUnit.MILLISECONDS);
        }
        pacer.shutdown();
        return done;
    }

    private static void deliverLikeSlack(String body) {
        for (int attempt = 0; ; attempt++) {
            try {
                if (client.postEvent(body, attempt).statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException unreachable) {
                // the gateway did not answer: Slack treats it like a 5xx
            }
            NOT_ACCEPTED.incrementAndGet();
            try {
                Thread.sleep(250); // Slack's retry delay (shortened); emulating Slack, not synchronising the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void startConsumer(String dyno) {
        Map<String, String> env = new HashMap<>(consumerEnv);
        env.put("HEROKU_DYNO_ID", dyno);
        consumers.put(dyno, ChildProcess.start(dyno, "consumer", env));
    }

    private static boolean heartbeat(String dyno) {
        return commands.get(KEYS.heartbeat("consumer", dyno)) != null;
    }

    /** The event ids of every entry {@code consumer} holds, in every stream. */
    private static Set<String> eventsPendingFor(String consumer) {
        Set<String> events = new HashSet<>();
        for (StreamKind kind : KINDS) {
            try {
                for (PendingMessage p : commands.xpending(KEYS.stream(kind), Consumer.from(GROUP, consumer),
                        Range.create("-", "+"), Limit.from(10_000))) {
                    commands.xrange(KEYS.stream(kind), Range.create(p.getId(), p.getId()))
                            .forEach(m -> events.add(m.getBody().get(EntryFields.EVENT_ID)));
                }
            } catch (io.lettuce.core.RedisCommandExecutionException noGroupYet) {
                // nothing read from this stream yet
            }
        }
        return events;
    }

    private static long pendingFor(String consumer) {
        Long n = commands.xpending(KEYS.stream(PUBLIC), GROUP).getConsumerMessageCount()
                .get(consumer);
        return n == null ? 0 : n;
    }

    private static long pending(StreamKind kind) {
        try {
            return commands.xpending(KEYS.stream(kind), GROUP).getCount();
        } catch (io.lettuce.core.RedisCommandExecutionException noGroupYet) {
            return 0;
        }
    }

    private static long deadLetters() {
        long n = 0;
        for (StreamKind kind : KINDS) {
            n += commands.xlen(KEYS.deadLetters(kind));
        }
        return n;
    }

    private static boolean nothingPending() {
        return KINDS.stream().allMatch(k -> pending(k) == 0);
    }

    /** SIGTERM both consumers: each lets its running handlers finish before it exits. */
    private static void stopConsumers() throws InterruptedException {
        for (ChildProcess c : consumers.values()) {
            c.stop();
        }
        consumers.clear();
    }

    private static final Set<String> REPORT = ConcurrentHashMap.newKeySet();

    private static void report(String line) throws IOException {
        System.out.println("RELIABILITY PROOF " + line);
        REPORT.add(line);
        Files.writeString(Path.of("target", "reliability-proof.txt"), String.join("\n", REPORT) + "\n");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
