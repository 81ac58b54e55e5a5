package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Commands, canned responses and every way of answering, through the stream and the fake Slack. */
class CommandsIT {
    private static final String MENTION = "<@" + ConsumerFixture.BOT + ">";
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start(Map.of(), app -> app.add("CommandsIT", r -> {
            r.command("whisper", "answers privately", ctx -> {
                ctx.ephemeral("only you can see this");
                return Outcome.done();
            });
            r.command("dm me", List.of("write to me"), "answers by DM", ctx -> {
                ctx.dm("hello in private");
                return Outcome.done();
            });
            r.command("preview", "answers with link previews", ctx -> {
                ctx.say(Post.text("https://go.dev").unfurled(true));
                return Outcome.done();
            });
            r.command("attach", "answers with an attachment", ctx -> {
                ctx.say(Post.text("see below").withAttachment("Details", "line 1\nline 2"));
                return Outcome.done();
            });
            r.prefix("echo ", "echo <text>", "repeats the text", (ctx, argument) -> {
                ctx.sayToMentioned("you said: " + argument);
                return Outcome.done();
            });
        }));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void aCommandInADirectMessageIsAnsweredWithoutAMention() {
        Sent sent = bot.say("D0ALICE", "U0ALICE", "tour");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("D0ALICE").isEmpty());
        assertTrue(bot.postsIn("D0ALICE").getFirst().param("text").contains("https://go.dev/tour/"));
        bot.awaitSettled(sent);
    }

    @Test
    void aCommandInAChannelWithoutAMentionIsNotAnswered() {
        Sent sent = bot.say("C0JOBS", "U0ALICE", "tour");
        bot.awaitSettled(sent);
        assertTrue(bot.postsIn("C0JOBS").isEmpty());
    }

    @Test
    void aCommandInAChannelWithAMentionIsAnsweredByAnyAliasIgnoringCaseAndPunctuation() {
        Sent sent = bot.say("C0NEWBIES", "U0ALICE", MENTION + " A Tour  of Go?");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0NEWBIES").isEmpty());
        assertTrue(bot.postsIn("C0NEWBIES").getFirst().param("text").contains("https://go.dev/tour/"));
        bot.awaitSettled(sent);
    }

    @Test
    void aCommandWithExtraWordsIsNotACommand() {
        Sent sent = bot.say("D0BOB", "U0BOB", "tour please, now");
        bot.awaitSettled(sent);
        assertTrue(bot.postsIn("D0BOB").isEmpty());
    }

    @Test
    void aCannedResponseIsAddressedToTheUsersTheAskerMentioned() {
        Sent sent = bot.say("C0RELEASES", "U0ALICE", MENTION + " playground <@U0BOB> <@U0CAROL>");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0RELEASES").isEmpty());
        String text = bot.postsIn("C0RELEASES").getFirst().param("text");
        assertTrue(text.startsWith("<@U0BOB> <@U0CAROL> Paste your code"), text);
        bot.awaitSettled(sent);
    }

    @Test
    void aCommandInAThreadIsAnsweredInTheThread() {
        String root = bot.slack.workspace().post("C0MODS", "U0BOB", "question", null, null).ts;
        Sent sent = bot.say("C0MODS", "U0ALICE", MENTION + " flip a coin", m -> m.threadTs(root));
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0MODS", root).isEmpty());
        String text = bot.postsIn("C0MODS", root).getFirst().param("text");
        assertTrue(text.equals("<@U0ALICE> heads :coin:") || text.equals("<@U0ALICE> tails :coin:"), text);
        bot.awaitSettled(sent);
    }

    @Test
    void aPrefixCommandGetsTheRestOfTheMessage() {
        Sent sent = bot.say("D0CAROL", "U0CAROL", "ECHO   hello   there <@U0ALICE>");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("D0CAROL").isEmpty());
        assertEquals("<@U0ALICE> you said: hello there", bot.postsIn("D0CAROL").getFirst().param("text"));
        bot.awaitSettled(sent);
    }

    @Test
    void anEphemeralAnswerIsVisibleOnlyToTheAuthor() {
        Sent sent = bot.say("C0GOTIME", "U0BOB", MENTION + " whisper");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.calls("chat.postEphemeral",
                c -> "C0GOTIME".equals(c.param("channel"))).isEmpty());
        Call call = bot.calls("chat.postEphemeral", c -> "C0GOTIME".equals(c.param("channel"))).getFirst();
        assertEquals("U0BOB", call.param("user"));
        assertEquals("only you can see this", call.param("text"));
        bot.awaitSettled(sent);
    }

    @Test
    void aDirectMessageAnswerOpensTheConversationFirst() {
        Sent sent = bot.say("C0RANDOM", "U0CAROL", MENTION + " write to me");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("D0CAROL").stream()
                .filter(c -> c.param("text").equals("hello in private")).toList().isEmpty());
        assertTrue(bot.calls("conversations.open", c -> "U0CAROL".equals(c.param("users"))).size() >= 1);
        bot.awaitSettled(sent);
    }

    @Test
    void linkPreviewsAreOffUnlessAskedFor() {
        Sent sent = bot.say("D0BOB", "U0BOB", "preview");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.postsIn("D0BOB").stream()
                .anyMatch(c -> c.param("text").equals("https://go.dev")));
        Call call = bot.postsIn("D0BOB").stream().filter(c -> c.param("text").equals("https://go.dev")).findFirst()
                .orElseThrow();
        assertEquals("1", call.param("unfurl_links"));
        bot.awaitSettled(sent);
    }

    @Test
    void anAttachmentCarriesTheLongText() {
        Sent sent = bot.say("D0ALICE", "U0ALICE", "attach");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.postsIn("D0ALICE").stream()
                .anyMatch(c -> c.param("text").equals("see below")));
        Call call = bot.postsIn("D0ALICE").stream().filter(c -> c.param("text").equals("see below")).findFirst()
                .orElseThrow();
        assertTrue(call.param("attachments").contains("line 1\\nline 2"), call.param("attachments"));
        bot.awaitSettled(sent);
    }
}
