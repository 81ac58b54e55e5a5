package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reactions and {@code contains} responses, end to end: stream entry in, Web API calls out, entry acknowledged. */
class ReactionsIT {
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start(Map.of(), app -> app.add("ReactionsIT", r -> {
            r.reactionByChance(List.of("always lucky"), List.of("four_leaf_clover"), 1.0, "always fires");
            r.reactionByChance(List.of("never lucky"), List.of("black_cat"), 1e-12, "practically never fires");
            r.reaction(List.of("double"), List.of("one", "two"), "two emoji");
        }));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void myAdorableLittleGophersGetsAGopherReactionAndIsAcknowledged() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "Good night, my adorable little Gophers");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(sent).size() == 1);
        Call call = bot.reactionsTo(sent).getFirst();
        assertEquals("gopher", call.param("name"));
        bot.awaitSettled(sent);
        assertEquals(0, bot.pending(sent.kind()));
        assertEquals(List.of(ConsumerFixture.BOT),
                bot.slack.workspace().message("C0GENERAL", sent.ts()).orElseThrow().reactions.get("gopher"));
    }

    @Test
    void ordinaryTalkAboutGophersDoesNotReact() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "I drew a gopher today, and my gophers like it");
        bot.awaitSettled(sent);
        assertTrue(bot.reactionsTo(sent).isEmpty());
    }

    @Test
    void aTriggerInsideAnotherWordDoesNotReact() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "a rubberducky is not a ghostly dragonfly");
        bot.awaitSettled(sent);
        assertTrue(bot.reactionsTo(sent).isEmpty());
    }

    @Test
    void aTriggerOnlyInALinkTargetDoesNotReact() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "see <https://spacex.example/page|this page>");
        bot.awaitSettled(sent);
        assertTrue(bot.reactionsTo(sent).isEmpty());
    }

    @Test
    void aMentionOnlyReactionWaitsForAMention() {
        Sent plain = bot.say("C0GENERAL", "U0BOB", "thanks everyone");
        Sent mentioned = bot.say("C0GENERAL", "U0BOB", "<@" + ConsumerFixture.BOT + "> thanks!");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(mentioned).size() == 1);
        bot.awaitSettled(plain);
        assertTrue(bot.reactionsTo(plain).isEmpty());
    }

    @Test
    void aMentionOnlyReactionFiresInADirectMessage() {
        Sent sent = bot.say("D0BOB", "U0BOB", "thank you");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(sent).size() == 1);
    }

    @Test
    void aRandomReactionFiresByItsChance() {
        Sent lucky = bot.say("C0GENERAL", "U0CAROL", "always lucky");
        Sent unlucky = bot.say("C0GENERAL", "U0CAROL", "never lucky");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(lucky).size() == 1);
        bot.awaitSettled(unlucky);
        assertTrue(bot.reactionsTo(unlucky).isEmpty());
    }

    @Test
    void everyEmojiOfAReactionIsAdded() {
        Sent sent = bot.say("C0GENERAL", "U0CAROL", "double trouble");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(sent).size() == 2);
        assertEquals(List.of("one", "two"), bot.reactionsTo(sent).stream().map(c -> c.param("name")).toList());
    }

    @Test
    void aFlippedTableIsPutBackInTheChannel() {
        Sent sent = bot.say("C0RANDOM", "U0ALICE", "(╯°□°)╯︵ ┻━┻");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0RANDOM").isEmpty());
        Call post = bot.postsIn("C0RANDOM").getFirst();
        assertEquals("┬─┬ノ( º _ ºノ)", post.param("text"));
        bot.awaitSettled(sent);
    }

    @Test
    void aResponseToAThreadedMessageGoesToTheThread() {
        String root = bot.slack.workspace().post("C0GOTIME", "U0BOB", "root", null, null).ts;
        Sent sent = bot.say("C0GOTIME", "U0ALICE", "(╯°□°)╯︵ ┻━┻", m -> m.threadTs(root));
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0GOTIME", root).isEmpty());
        bot.awaitSettled(sent);
        assertEquals("0", bot.postsIn("C0GOTIME", root).getFirst().param("unfurl_links"), "no link previews");
    }
}
