package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code define <term>} answers from the glossary module's shipped file. */
class DefineIT {
    private static final String MENTION = "<@" + ConsumerFixture.BOT + ">";
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void aKnownTermIsDefined() {
        String text = ask("D0ALICE", "U0ALICE", "define Goroutine?");
        assertTrue(text.startsWith("`goroutine` is a function call running concurrently"), text);
    }

    @Test
    void anAliasIsNamedWithItsTerm() {
        String text = ask("C0GENERAL", "U0ALICE", MENTION + " define tdd");
        assertTrue(text.startsWith("`TDD`, or `test-driven development`, is the practice of"), text);
        assertTrue(text.contains("\nMore: https://"), text);
    }

    @Test
    void theAnswerIsAddressedToTheUsersTheAskerMentioned() {
        String text = ask("C0NEWBIES", "U0ALICE", MENTION + " define goroutine <@U0BOB>");
        assertTrue(text.startsWith("<@U0BOB> `goroutine` is "), text);
    }

    @Test
    void anUnknownTermGetsSuggestionsAndAPointerToContributing() {
        String text = ask("D0BOB", "U0BOB", "define gorotine");
        assertTrue(text.startsWith("I have no definition for `gorotine` yet. Did you mean `goroutine`"), text);
        assertTrue(text.endsWith("CONTRIBUTING.md#adding-a-glossary-term"), text);
    }

    @Test
    void aSpecialMentionInAnUnknownTermIsEchoedEscapedSoItNotifiesNobody() {
        // Slack sends a typed "<!channel>" as "&lt;!channel&gt;"; the parser unescapes it for matching
        String text = ask("D0BOB", "U0BOB", "define &lt;!channel&gt;");
        assertTrue(text.startsWith("I have no definition for `&lt;!channel&gt;` yet."), text);
    }

    @Test
    void definingNothingExplainsTheUsage() {
        String text = ask("D0CAROL", "U0CAROL", "define");
        assertEquals("<@U0CAROL> Tell me which term, e.g. `define goroutine`.", text);
    }

    private static String ask(String channel, String user, String text) {
        Sent sent = bot.say(channel, user, text);
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn(channel).isEmpty());
        bot.awaitSettled(sent);
        return bot.postsIn(channel).getLast().param("text");
    }
}
