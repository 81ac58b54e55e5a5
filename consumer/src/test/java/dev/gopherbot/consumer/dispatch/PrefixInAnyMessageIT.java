package dev.gopherbot.consumer.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A prefix registered for any message answers a message that starts with it whether or not the bot is addressed;
 * a plain prefix only in a DM or a mention. Through the real stream and the fake Slack.
 */
class PrefixInAnyMessageIT {
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = new ConsumerFixture().start(Map.of(), app -> app.add("PrefixInAnyMessageIT", r -> {
            r.prefixInAnyMessage("say:", "say:<word>", "says the word anywhere", (ctx, arg) -> {
                ctx.say("said " + arg + (ctx.message().addressedToBot() ? " (asked)" : " (in passing)"));
                return Outcome.done();
            });
            r.prefix("ask:", "ask:<word>", "answers only when asked", (ctx, arg) -> {
                ctx.say("asked " + arg);
                return Outcome.done();
            });
        }));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void aPrefixForAnyMessageAnswersAPlainChannelMessage() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "say:hello");
        bot.awaitSettled(sent);
        assertEquals(List.of("said hello (in passing)"), texts("C0GENERAL", sent));
    }

    @Test
    void aPrefixForAnyMessageStillKnowsWhenItWasAsked() {
        Sent sent = bot.say("C0RANDOM", "U0ALICE", "<@" + ConsumerFixture.BOT + "> say:hi");
        bot.awaitSettled(sent);
        assertEquals(List.of("said hi (asked)"), texts("C0RANDOM", sent));
    }

    @Test
    void aPlainPrefixWaitsForAMentionOrADirectMessage() {
        Sent plain = bot.say("C0GOTIME", "U0BOB", "ask:anything");
        Sent inDm = bot.say("D0BOB", "U0BOB", "ask:please");
        bot.awaitSettled(plain);
        bot.awaitSettled(inDm);
        assertEquals(List.of(), texts("C0GOTIME", plain));
        assertEquals(List.of("asked please"), texts("D0BOB", inDm));
    }

    /** What the bot posted in {@code channel}: each test speaks in a channel of its own. */
    private static List<String> texts(String channel, Sent sent) {
        assertEquals(channel, sent.channel());
        return bot.postsIn(channel).stream().map(c -> c.param("text")).toList();
    }
}
