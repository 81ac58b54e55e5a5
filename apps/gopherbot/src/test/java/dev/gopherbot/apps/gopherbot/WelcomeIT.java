package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Welcomes from community.yaml: a DM to someone who joined the workspace, a private greeting in #newbies. */
class WelcomeIT {
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start();
        bot.slack.workspace().addChannel(new Workspace.Channel("C0ADMINHELP", "admin-help", false, false, false, null));
        bot.slack.workspace().addChannel(new Workspace.Channel("C0MODULES", "modules", false, false, false, null));
        ChannelCacheSeed.fill(bot.commands, TestBot.keys(bot), bot.slack.workspace());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void someoneWhoJoinsTheWorkspaceGetsADirectMessageWithConductHelpAndChannels() {
        bot.slack.workspace().addUser(new Workspace.User("U0DAVE", "dave", "Dave Cheney-ish", false));
        String eventId = SlackPayloads.newEventId();
        String entry = bot.append(bot.kind("team_join"), eventId, Instant.now().getEpochSecond(),
                SlackPayloads.teamJoin(eventId, "U0DAVE", "dave"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("D0DAVE").isEmpty());
        bot.awaitSettled(bot.kind("team_join"), entry);

        assertEquals(1, bot.calls("conversations.open", c -> "U0DAVE".equals(c.param("users"))).size());
        String text = bot.postsIn("D0DAVE").getFirst().param("text");
        assertTrue(text.startsWith("Hello <@U0DAVE>, welcome"), text);
        assertTrue(text.contains("https://go.dev/conduct"), "code of conduct: " + text);
        assertTrue(text.contains("Send me `help`"), "how to use the bot: " + text);
        assertTrue(text.contains("• <#C0GENERAL>: ") && text.contains("• <#C0NEWBIES>: "), "channels: " + text);
        assertTrue(text.contains("• <#C0ADMINHELP>: "), "the short list includes #admin-help: " + text);
        assertFalse(text.contains("<#C0MODULES>"), "#modules is recommended, but not in the short list: " + text);
        assertTrue(text.contains("Ask in <#C0ADMINHELP>"), "where the admins are: " + text);
        assertTrue(text.contains("https://forum.golangbridge.org/") && text.contains("https://gopherize.me/")
                && text.contains("Browse channels") && text.contains("Go in Action"), "the original's pointers: " + text);
        assertFalse(text.contains("{"), "every placeholder filled: " + text);
    }

    @Test
    void someoneWhoJoinsTheNewbiesChannelGetsAGreetingOnlyTheySee() {
        String entry = join("U0ALICE", "C0NEWBIES");
        await().atMost(Duration.ofSeconds(5)).until(() -> !ephemeralsIn("C0NEWBIES").isEmpty());
        bot.awaitSettled(bot.kind("member_joined_channel"), entry);

        Call greeting = ephemeralsIn("C0NEWBIES").getFirst();
        assertEquals("U0ALICE", greeting.param("user"));
        assertTrue(greeting.param("text").startsWith("Welcome to <#C0NEWBIES>, <@U0ALICE>!"), greeting.param("text"));
        assertTrue(bot.postsIn("C0NEWBIES").isEmpty(), "nothing the whole channel sees");
    }

    @Test
    void joiningAChannelWithoutAWelcomeSendsNothing() {
        String entry = join("U0BOB", "C0GENERAL");
        bot.awaitSettled(bot.kind("member_joined_channel"), entry);
        assertTrue(ephemeralsIn("C0GENERAL").isEmpty());
    }

    private static String join(String user, String channel) {
        String eventId = SlackPayloads.newEventId();
        return bot.append(bot.kind("member_joined_channel"), eventId, Instant.now().getEpochSecond(),
                SlackPayloads.memberJoinedChannel(eventId, user, channel));
    }

    private static List<Call> ephemeralsIn(String channel) {
        return bot.calls("chat.postEphemeral", c -> channel.equals(c.param("channel")));
    }
}
