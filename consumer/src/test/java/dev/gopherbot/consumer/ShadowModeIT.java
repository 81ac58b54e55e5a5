package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Outside production the bot acts only on DMs and explicit mentions, so a staging bot can share a workspace. */
class ShadowModeIT {
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = new ConsumerFixture().start(Map.of("BOT_ENV", "staging"), app -> app.add("ShadowModeIT",
                r -> r.onTeamJoin("welcome", "welcomes newcomers", ctx -> {
                    ctx.dm("welcome");
                    return Outcome.done();
                })));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void anUnaddressedChannelMessageIsLeftAlone() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "gopher");
        bot.awaitSettled(sent);
        assertTrue(bot.reactionsTo(sent).isEmpty());
    }

    @Test
    void aMentionIsActedOn() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "<@" + ConsumerFixture.BOT + "> look, a gopher");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(sent).size() == 1);
    }

    @Test
    void aDirectMessageIsActedOn() {
        Sent sent = bot.say("D0BOB", "U0BOB", "tour");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("D0BOB").isEmpty());
        bot.awaitSettled(sent);
    }

    @Test
    void workspaceJoinsAreNotWelcomed() {
        String id = bot.append(bot.kind("team_join"), "join-1", Instant.now().getEpochSecond(),
                SlackPayloads.teamJoin("join-1", "U0CAROL", "carol"));
        bot.awaitSettled(bot.kind("team_join"), id);
        assertTrue(bot.postsIn("D0CAROL").isEmpty());
    }
}
