package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.queue.DeadLetters;
import dev.gopherbot.consumer.queue.Monitor;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XReadArgs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retries, rate limits, dead letters, reclaiming and at-most-once effects, against a real Redis and fake Slack. */
class ReliabilityIT {
    private static final Map<String, String> SETTINGS = Map.of("VISIBILITY_TIMEOUT", "2s", "MAX_DELIVERIES", "3");
    private static final AtomicBoolean brokenHandlerFixed = new AtomicBoolean();
    private static final Map<String, Long> callTimes = new ConcurrentHashMap<>();
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = new ConsumerFixture().start(SETTINGS, ReliabilityIT::register);
        bot.slack.api().onCall(c -> callTimes.putIfAbsent(c.method() + "#" + c.param("timestamp") + "#"
                + c.httpStatus(), System.nanoTime()));
    }

    private static void register(AppContext app) {
        app.add("ReliabilityIT", r -> r.matcher("fragile", "fails until fixed",
                m -> m.text().contains("fragile"), ctx -> {
                    if (!brokenHandlerFixed.get()) {
                        throw new IllegalStateException("handler is broken");
                    }
                    ctx.react("wrench");
                    return Outcome.done();
                }));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void aSlackServerErrorIsRetriedAndTheReactionHappensOnce() {
        bot.slack.failNext("reactions.add", Failure.serverError(500));
        bot.slack.failNext("reactions.add", Failure.serverError(503));
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "gopher after two errors");
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.reactionsTo(sent).size() == 1);
        bot.awaitSettled(sent);
        assertEquals(3, allCalls("reactions.add", sent).size(), "two failures, one success");
        assertTrue(findDeadLetter(sent).isEmpty());
    }

    @Test
    void aRateLimitedCallWaitsForRetryAfterAndIsNotCountedAsAFailure() {
        bot.slack.failNext("reactions.add", Failure.rateLimited(1));
        Sent sent = bot.say("C0RANDOM", "U0BOB", "rate limited gopher");
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.reactionsTo(sent).size() == 1);
        long limited = callTimes.get("reactions.add#" + sent.ts() + "#429");
        long succeeded = callTimes.get("reactions.add#" + sent.ts() + "#200");
        assertTrue(Duration.ofNanos(succeeded - limited).toMillis() >= 950, "waited for Retry-After: 1");
        bot.awaitSettled(sent);
        assertEquals(2, allCalls("reactions.add", sent).size());
    }

    @Test
    void anEntryWaitingOutALongRateLimitStaysWithItsConsumerAndIsNotTakenOverByAPeer() {
        try (ConsumerApp peer = bot.startPeer(Map.of("VISIBILITY_TIMEOUT", "2s", "HEROKU_DYNO_ID", "peer"))) {
            // Retry-After 4 s is twice the visibility timeout: only keeping the entry claimed stops the peer
            bot.slack.failNext("reactions.add", Failure.rateLimited(4));
            Sent sent = bot.say("C0NEWBIES", "U0ALICE", "patient gopher");
            await().atMost(Duration.ofSeconds(15)).until(() -> bot.reactionsTo(sent).size() == 1);
            bot.awaitSettled(sent);
            assertEquals(List.of(429, 200), allCalls("reactions.add", sent).stream().map(Call::httpStatus).toList(),
                    "one rate-limited call, then one success: no second consumer ran the handler");
            assertTrue(allCalls("reactions.add", sent).stream().noneMatch(c -> "already_reacted".equals(c.error())));
        }
    }

    @Test
    void aPermanentSlackErrorIsNotRetried() {
        bot.slack.failNext("reactions.add", Failure.error("channel_not_found"));
        Sent sent = bot.say("C0JOBS", "U0CAROL", "gopher in a vanished channel");
        bot.awaitSettled(sent);
        assertEquals(1, allCalls("reactions.add", sent).size());
        assertTrue(findDeadLetter(sent).isEmpty());
    }

    @Test
    void aHandlerThatKeepsFailingMovesTheEntryToTheDeadLettersAndARequeueDeliversItOnceFixed() {
        brokenHandlerFixed.set(false);
        Sent sent = bot.say("C0MODS", "U0ALICE", "a fragile gopher");
        bot.awaitSettled(sent);
        DeadLetters.DeadLetter dead = deadLetter(sent);
        assertEquals("3", dead.deliveries());
        assertTrue(dead.error().contains("matcher:fragile: IllegalStateException: handler is broken"), dead.error());
        assertTrue(Math.abs(System.currentTimeMillis() - dead.deadAt()) < 30_000);
        assertEquals(1, bot.reactionsTo(sent).size(), "the gopher reaction happened once, not once per delivery");

        brokenHandlerFixed.set(true);
        assertEquals(0, deadLetterCommand("requeue", bot.kind(StreamKind.MESSAGE_PUBLIC).wireName(), dead.id()));
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.reactionsTo(sent).size() == 2);
        assertEquals(List.of("gopher", "wrench"), bot.reactionsTo(sent).stream().map(c -> c.param("name")).toList());
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.pending(bot.kind(StreamKind.MESSAGE_PUBLIC)) == 0);
        assertTrue(new DeadLetters(bot.commands, bot.keys, java.time.Clock.systemUTC(), 1000)
                .show(bot.kind(StreamKind.MESSAGE_PUBLIC), dead.id()).isEmpty());
    }

    @Test
    void anEntryLeftPendingByAConsumerThatDiedIsReclaimedAfterTheVisibilityTimeout() {
        bot.stopApp();
        try {
            Sent sent = bot.say("C0GOTIME", "U0BOB", "gopher left behind");
            deliverToGhost(sent.kind());
            bot.start(SETTINGS, ReliabilityIT::register);
            await().atMost(Duration.ofSeconds(10)).until(() -> bot.reactionsTo(sent).size() == 1);
            bot.awaitSettled(sent);
        } finally {
            if (bot.app == null) {
                bot.start(SETTINGS, ReliabilityIT::register);
            }
        }
    }

    @Test
    void anEntryDeliveredMoreThanMaxDeliveriesWithoutFinishingIsDeadLetteredUnhandled() {
        bot.stopApp();
        Sent sent;
        try {
            sent = bot.say("C0RELEASES", "U0CAROL", "gopher that crashes every consumer");
            deliverToGhost(sent.kind());
            for (int i = 0; i < 3; i++) { // three more crashed deliveries: four in all, over MAX_DELIVERIES=3
                bot.commands.xclaim(bot.keys.stream(sent.kind()), Consumer.from(ConsumerFixture.GROUP, "ghost"),
                        XClaimArgs.Builder.minIdleTime(0), sent.entryId());
            }
        } finally {
            bot.start(SETTINGS, ReliabilityIT::register);
        }
        bot.awaitSettled(sent);
        assertTrue(deadLetter(sent).error().startsWith("delivered 5 times without finishing"), deadLetter(sent).error());
        assertTrue(bot.reactionsTo(sent).isEmpty());
    }

    @Test
    void aHandlerWhoseEffectIsRecordedIsNotRunAgain() {
        String ts = bot.slack.workspace().post("C0GENERAL", "U0ALICE", "gopher again", null, null).ts;
        var m = dev.gopherbot.testkit.slack.SlackPayloads.message("C0GENERAL", "U0ALICE", "gopher again").ts(ts);
        // as if an earlier delivery reacted and then its consumer died before acknowledging
        bot.commands.set(bot.keys.effectDone(bot.kind(StreamKind.MESSAGE_PUBLIC), m.eventId(), "reaction:gopher"), "done");
        String id = bot.append(bot.kind(StreamKind.MESSAGE_PUBLIC), m.eventId(), java.time.Instant.now().getEpochSecond(),
                m.envelope());
        bot.awaitSettled(bot.kind(StreamKind.MESSAGE_PUBLIC), id);
        assertTrue(bot.calls("reactions.add", c -> ts.equals(c.param("timestamp"))).isEmpty());
    }

    @Test
    void theConsumerWritesAHeartbeatAndReportsItsLag() {
        await().atMost(Duration.ofSeconds(15)).until(() -> bot.commands.get(bot.keys.heartbeat("consumer",
                bot.app.instance())) != null);
        String beat = bot.commands.get(bot.keys.heartbeat("consumer", bot.app.instance()));
        assertTrue(beat.contains("\"in_flight\":") && bot.commands.pttl(bot.keys.heartbeat("consumer",
                bot.app.instance())) > 0, beat);
        assertEquals(bot.app.streams(), bot.app.lag().stream().map(Monitor.Lag::kind).toList());
        assertTrue(bot.app.lag().stream().allMatch(l -> l.undelivered() >= 0 && l.pending() >= 0));
    }

    /** Another consumer reads the entry and dies before acknowledging it. */
    private static void deliverToGhost(StreamKind kind) {
        List<StreamMessage<String, String>> read = bot.commands.xreadgroup(
                Consumer.from(ConsumerFixture.GROUP, "ghost"), XReadArgs.StreamOffset.lastConsumed(
                        bot.keys.stream(kind)));
        assertEquals(1, read.size());
    }

    private static List<Call> allCalls(String method, Sent sent) {
        return bot.slack.calls().stream().filter(c -> c.method().equals(method)
                && sent.ts().equals(c.param("timestamp"))).toList();
    }

    private static java.util.Optional<DeadLetters.DeadLetter> findDeadLetter(Sent sent) {
        return new DeadLetters(bot.commands, bot.keys, java.time.Clock.systemUTC(), 1000).list(sent.kind(), 1000).stream()
                .filter(d -> d.eventId().equals(sent.eventId())).findFirst();
    }

    private static DeadLetters.DeadLetter deadLetter(Sent sent) {
        return findDeadLetter(sent).orElseThrow();
    }

    private static int deadLetterCommand(String... args) {
        return new dev.gopherbot.consumer.deadletters.DeadLetterCommand(System.out, System.err, bot.app.streams())
                .run(List.of(args), new dev.gopherbot.common.config.Env(bot.env(Map.of())));
    }
}
