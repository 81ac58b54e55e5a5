package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code help} is generated from the registry: commands with aliases sorted, then prefixes. With the shipped canned
 * answers the list is long, so it goes into an attachment (Slack shows it collapsed) under a one-line intro.
 */
class HelpIT {
    private static final String MENTION = "<@" + ConsumerFixture.BOT + ">";
    private static final String INTRO = "Mention me or send me a DM with one of these:";

    @Test
    void helpListsCommandsWithTheirAliasesSortedThenPrefixes() {
        try (ConsumerFixture bot = TestBot.start(Map.of(), extra(2))) {
            String list = askForHelp(bot).param("attachments");
            assertTrue(list.contains("• `flip a coin` (also `coin flip`, `coin toss`, `flip coin`, `heads or tails`, "
                    + "`toss a coin`): Flips a coin"),
                    list);
            // the attachments are JSON, where "<" may be escaped: look for the prefix's start
            assertTrue(list.indexOf("`cmd 1`") < list.indexOf("`tour`")
                    && list.indexOf("`tour`") < list.indexOf("`say "), "sorted, prefixes last: " + list);
        }
    }

    @Test
    void longHelpIsSentAsATextAttachmentUnderAnIntro() {
        try (ConsumerFixture bot = TestBot.start(Map.of(), extra(12))) {
            Call call = askForHelp(bot);
            assertTrue(call.param("attachments").contains("`cmd 11`: command number 11"), call.param("attachments"));
            assertEquals(INTRO, call.param("text"));
        }
    }

    @Test
    void helpAnswersInADirectMessageWithoutAMention() {
        try (ConsumerFixture bot = TestBot.start()) {
            Sent sent = bot.say("D0ALICE", "U0ALICE", "commands");
            await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("D0ALICE").isEmpty());
            assertEquals(INTRO, bot.postsIn("D0ALICE").getFirst().param("text"));
            bot.awaitSettled(sent);
        }
    }

    private static Call askForHelp(ConsumerFixture bot) {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", MENTION + " help");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0GENERAL").isEmpty());
        bot.awaitSettled(sent);
        return bot.postsIn("C0GENERAL").getFirst();
    }

    private static Consumer<AppContext> extra(int commands) {
        return app -> app.add("HelpIT", r -> {
            for (int i = 1; i <= commands; i++) {
                r.command("cmd " + i, "command number " + i, ctx -> Outcome.done());
            }
            r.prefix("say ", "say <text>", "says the text", (ctx, text) -> Outcome.done());
        });
    }
}
