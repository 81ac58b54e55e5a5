package dev.gopherbot.bgtasks.channels;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.bgtasks.MutableClock;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.common.channels.RedisChannelDirectory;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.common.slack.RateGate;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import dev.gopherbot.common.slack.SlackClients;
import dev.gopherbot.common.slack.SlackSettings;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The channel cache job's Slack failures through {@link SlackCalls}, one run at a time: the fake Slack over HTTP, a
 * real Redis, and a rate gate on a clock the test moves, so a long {@code Retry-After} passes without waiting for it.
 */
class ChannelCacheJobIT {
    private static final Keys KEYS = new Keys("test:").forApp("chat");
    private static RedisServer server;
    private static RedisConnector connector;
    private static StatefulRedisConnection<String, String> connection;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private FakeSlack slack;
    private Leadership leadership;
    private ChannelCacheJob job;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.startEphemeral();
        connector = new RedisConnector(RedisSettings.local(server.url(), "test:"));
        connection = connector.connect();
    }

    @AfterAll
    static void stopRedis() {
        connection.close();
        connector.close();
        server.close();
    }

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        for (int i = 0; i < 250; i++) {
            slack.workspace().addChannel(new Workspace.Channel(String.format("C1%05d", i),
                    String.format("load-%03d", i), false, false, false, null));
        }
        leadership = new Leadership(new Lease(connection.sync(), KEYS.of("leader"), "me", Duration.ofSeconds(30)),
                connection.sync(), KEYS.of("heartbeat"), "me");
        leadership.start(() -> { });
        await().atMost(Duration.ofSeconds(5)).until(leadership::isLeader);
        SlackSettings web = new SlackSettings(new Secret(FakeSlack.BOT_TOKEN), URI.create(slack.apiUrl()));
        SlackCalls calls = new SlackCalls(SlackClients.slack(web), web.botToken(), new RateGate(clock));
        ChannelCacheSettings settings = new ChannelCacheSettings(Duration.ofMinutes(10), Duration.ofDays(3));
        job = new ChannelCacheJob("chat", calls, new ChannelCacheWriter(connection.sync(), ChannelKeys.of(KEYS),
                settings.ttl()), leadership, settings);
    }

    @AfterEach
    void stop() {
        leadership.close();
        slack.close();
        server.flushAll();
    }

    private ChannelDirectory cache() {
        return new RedisChannelDirectory(connection, KEYS);
    }

    /** Fails the second page of the next listing (the listener runs before the first page's answer is sent). */
    private void failSecondPage(Failure failure) {
        AtomicBoolean scripted = new AtomicBoolean();
        slack.api().onCall(call -> {
            if (call.method().equals("conversations.list") && call.succeeded() && !scripted.getAndSet(true)) {
                slack.failNext("conversations.list", failure);
            }
        });
    }

    @Test
    void aRetryAfterLongerThanACallWaitsEndsTheRunWithRetryLaterAndTheNextRunResumesAtTheRefusedPage()
            throws Exception {
        failSecondPage(Failure.rateLimited(120));

        RetryLater refused = assertThrows(RetryLater.class, job::run);

        assertEquals(Duration.ofSeconds(120), refused.delay(), "the runner comes back when Slack said");
        assertEquals(List.of(200, 429), statuses());
        assertTrue(cache().byName("general").isEmpty(), "half a listing is not written");

        clock.advance(Duration.ofSeconds(30));
        RetryLater stillClosed = assertThrows(RetryLater.class, job::run);
        assertEquals(Duration.ofSeconds(90), stillClosed.delay(), "what is left of Retry-After");
        assertEquals(2, sent().size(), "Slack is not asked before Retry-After");

        clock.advance(Duration.ofSeconds(90));
        job.run();

        List<Call> calls = sent();
        assertEquals(List.of(200, 429, 200), statuses());
        assertEquals(calls.get(1).param("cursor"), calls.get(2).param("cursor"), "resumed, not restarted");
        assertTrue(cache().byName("load-249").isPresent());
        assertTrue(cache().byName("general").isPresent(), "the pages read before the refusal were kept");
    }

    @Test
    void aServerErrorFailsTheRunAndTheNextRunStartsFromTheFirstPage() throws Exception {
        failSecondPage(Failure.serverError(503));

        SlackCallFailed failed = assertThrows(SlackCallFailed.class, job::run);
        job.run();

        assertEquals(SlackCallFailed.Kind.TRANSIENT, failed.kind());
        List<Call> calls = sent();
        assertEquals(List.of(200, 503, 200, 200), statuses());
        assertNull(calls.get(2).param("cursor"), "started again: a cursor may not outlive a pause");
        assertTrue(cache().byName("load-249").isPresent());
    }

    @Test
    void aRefusedCursorIsAPermanentFailureAndTheNextRunStartsAgain() throws Exception {
        failSecondPage(Failure.error("invalid_cursor"));

        SlackCallFailed failed = assertThrows(SlackCallFailed.class, job::run);
        job.run();

        assertEquals(SlackCallFailed.Kind.PERMANENT, failed.kind());
        assertEquals("invalid_cursor", failed.error());
        assertNull(sent().get(2).param("cursor"));
        assertTrue(cache().byName("load-249").isPresent());
    }

    /** Every {@code conversations.list} the fake received, answered or refused. */
    private List<Call> sent() {
        return slack.calls().stream().filter(c -> c.method().equals("conversations.list")).toList();
    }

    private List<Integer> statuses() {
        return sent().stream().map(Call::httpStatus).toList();
    }
}
