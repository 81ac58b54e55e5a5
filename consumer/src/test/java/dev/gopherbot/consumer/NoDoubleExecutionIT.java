package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two consumers never both run an entry: a consumer reads only as many entries as it has free slots and keeps every
 * entry it read claimed, and it never takes an entry back from a peer.
 */
class NoDoubleExecutionIT {
    private static void register(AppContext app) {
        app.add("NoDoubleExecutionIT", r -> r.matcher("echo", "posts the message back",
                m -> m.text().startsWith("echo "), ctx -> {
                    ctx.say("echoed " + ctx.message().text());
                    return Outcome.done();
                }));
    }

    @Test
    void withEverySlotWaitingOnALongRateLimitAPeerPostsNothingTwice() {
        Map<String, String> settings = Map.of("VISIBILITY_TIMEOUT", "2s", "CONSUMER_CONCURRENCY", "1");
        try (ConsumerFixture bot = new ConsumerFixture()) {
            // events in two streams before the first consumer starts: with one slot it must read only one of them
            List<Sent> sent = List.of(bot.say("C0GENERAL", "U0ALICE", "echo one"),
                    bot.say("D0BOB", "U0BOB", "echo two"), bot.say("C0GENERAL", "U0CAROL", "echo three"),
                    bot.say("D0CAROL", "U0CAROL", "echo four"));
            // the first consumer's first post waits 3 s, the peer's first post 8 s (both past the 2 s visibility
            // timeout); each process holds back its other posts meanwhile. A run of the same entry on both would
            // show as a second post: the markers cannot hide it, since neither run has finished
            bot.slack.failNext("chat.postMessage", Failure.rateLimited(3));
            bot.slack.failNext("chat.postMessage", Failure.rateLimited(8));
            bot.start(settings, NoDoubleExecutionIT::register);
            await().atMost(Duration.ofSeconds(10)).until(() -> !bot.slack.calls().stream()
                    .filter(c -> c.method().equals("chat.postMessage")).toList().isEmpty());
            // its only slot now waits out Retry-After, longer than the visibility timeout; a peer with free slots
            // starts and reclaims whatever the first consumer left idle
            try (ConsumerApp peer = bot.startPeer(Map.of("VISIBILITY_TIMEOUT", "2s", "CONSUMER_CONCURRENCY", "4",
                    "HEROKU_DYNO_ID", "peer"))) {
                sent.forEach(bot::awaitSettled);
            }
            // closing lets running handlers finish: a second run still waiting out a Retry-After posts before this
            bot.stopApp();
            for (Sent s : sent) {
                List<Call> calls = postsFor(bot, s);
                assertEquals(1, calls.stream().filter(c -> c.httpStatus() == 200).count(),
                        "one post answered for " + s + ", every call the fake received: " + calls);
                assertEquals(0, calls.stream().filter(c -> c.httpStatus() != 200 && c.httpStatus() != 429).count(),
                        "nothing but rate limits and one post: " + calls);
            }
            assertEquals(2, bot.slack.calls().stream().filter(c -> c.method().equals("chat.postMessage")
                    && c.httpStatus() == 429).count(), "every rate limit the fake was told to give, once");
        }
    }

    private static List<Call> postsFor(ConsumerFixture bot, Sent s) {
        String text = bot.slack.workspace().message(s.channel(), s.ts()).orElseThrow().text;
        return bot.slack.calls().stream().filter(c -> c.method().equals("chat.postMessage")
                && ("echoed " + text).equals(c.param("text"))).toList();
    }
}
