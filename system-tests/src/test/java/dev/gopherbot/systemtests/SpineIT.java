package dev.gopherbot.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One Slack event travels the whole way: signed HTTP → gateway → Redis stream → consumer → Slack Web API. */
class SpineIT {
    private static InProcessBot bot;

    @BeforeAll
    static void startTheBot() {
        bot = new InProcessBot("spine:", Map.of());
    }

    @AfterAll
    static void stopTheBot() {
        bot.close();
    }

    @Test
    void aSignedMessageWithATriggerWordGetsItsReactionAndIsAcknowledged() {
        Workspace.Message said = bot.slack.workspace().post("C0GENERAL", "U0ALICE", "I love you, my adorable little gophers", null, null);
        SlackPayloads.Message event = SlackPayloads.message("C0GENERAL", "U0ALICE", "I love you, my adorable little gophers").ts(said.ts);

        assertEquals(200, bot.client.postEvent(event.envelope()).statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> !reactionsOn(said.ts).isEmpty());
        Call reaction = reactionsOn(said.ts).getFirst();
        assertEquals("C0GENERAL", reaction.param("channel"));
        assertEquals("gopher", reaction.param("name"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(StreamKind.messagePublic(GopherbotApp.NAME)) == 0);
        assertEquals(1L, bot.redisCommands().xlen(bot.keys.stream(StreamKind.messagePublic(GopherbotApp.NAME))));
    }

    @Test
    void aDirectMessageTravelsThroughThePrivateStream() {
        String dm = bot.slack.workspace().imWith("U0BOB").id();
        Workspace.Message said = bot.slack.workspace().post(dm, "U0BOB", "thanks, gopherbot!", null, null);
        SlackPayloads.Message event = SlackPayloads.message(dm, "U0BOB", "thanks, gopherbot!").ts(said.ts);

        assertEquals(200, bot.client.postEvent(event.envelope()).statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> !reactionsOn(said.ts).isEmpty());
        assertEquals(dm, reactionsOn(said.ts).getFirst().param("channel"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(StreamKind.messagePrivate(GopherbotApp.NAME)) == 0);
    }

    private static List<Call> reactionsOn(String ts) {
        return bot.slack.calls("reactions.add").stream().filter(c -> ts.equals(c.param("timestamp"))).toList();
    }

    private static long pending(StreamKind kind) {
        return bot.redisCommands().xpending(bot.keys.stream(kind), Identity.DEFAULT_APP_NAME).getCount();
    }
}
