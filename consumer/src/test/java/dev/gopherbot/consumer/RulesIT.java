package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which events the bot leaves alone, and that handlers stay independent of each other. */
class RulesIT {
    private static final Set<String> PROFILES_SEEN = ConcurrentHashMap.newKeySet();
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = new ConsumerFixture().start(Map.of(), app -> app.add("RulesIT", r -> {
            r.matcher("explodes", "always throws on 'explode'", m -> m.text().contains("explode"), ctx -> {
                throw new IllegalStateException("boom");
            });
            r.onTeamJoin("welcome", "welcomes newcomers by DM", ctx -> {
                ctx.dm("Welcome, " + ctx.userName() + "!");
                return Outcome.done();
            });
            r.onChannelJoin("newbies", Set.of("C0NEWBIES"), "greets people joining #newbies", ctx -> {
                ctx.ephemeral("Welcome to #newbies, ask anything");
                return Outcome.done();
            });
            r.onEvent("user_change", "profile", "keeps a profile in step", ctx -> {
                PROFILES_SEEN.add(ctx.event().path("user").path("id").asText());
                return Outcome.done();
            });
        }));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void theBotsOwnMessagesAreIgnored() {
        Sent sent = bot.say("C0GENERAL", ConsumerFixture.BOT, "a gopher, said the bot");
        bot.awaitSettled(sent);
        assertTrue(bot.reactionsTo(sent).isEmpty());
    }

    @Test
    void messagesCarryingTheBotsOwnBotIdAreIgnored() {
        Sent sent = bot.say("C0GENERAL", "U0SOMEAPP", "gopher", m -> m.botId("B0GOPHER"));
        bot.awaitSettled(sent);
        assertTrue(bot.reactionsTo(sent).isEmpty());
    }

    @Test
    void messageSubtypesAreIgnored() {
        Sent edited = bot.say("C0GENERAL", "U0ALICE", "gopher", m -> m.subtype("message_changed"));
        Sent joined = bot.say("C0GENERAL", "U0ALICE", "gopher", m -> m.subtype("channel_join"));
        bot.awaitSettled(edited);
        bot.awaitSettled(joined);
        assertTrue(bot.reactionsTo(edited).isEmpty());
        assertTrue(bot.reactionsTo(joined).isEmpty());
    }

    @Test
    void aThreadReplyAlsoSentToTheChannelIsHandled() {
        String root = bot.slack.workspace().post("C0GENERAL", "U0BOB", "root", null, null).ts;
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "gopher",
                m -> m.subtype("thread_broadcast").threadTs(root));
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(sent).size() == 1);
    }

    @Test
    void aMessageWithAnUploadedFileIsHandled() {
        Sent sent = bot.say("C0GENERAL", "U0ALICE", "my gopher drawing",
                m -> m.subtype("file_share").file("F0001", "gopher.png", "png", "https://files.example/F0001", 0));
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(sent).size() == 1);
    }

    @Test
    void aMessageOlderThanMaxEventAgeIsIgnoredAndAcknowledged() {
        long elevenMinutesAgo = Instant.now().minus(Duration.ofMinutes(11)).getEpochSecond();
        long nineMinutesAgo = Instant.now().minus(Duration.ofMinutes(9)).getEpochSecond();
        Sent old = sendAt("gopher, from before the outage", elevenMinutesAgo);
        Sent recent = sendAt("gopher, still fresh", nineMinutesAgo);
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(recent).size() == 1);
        bot.awaitSettled(old);
        assertTrue(bot.reactionsTo(old).isEmpty());
    }

    @Test
    void dataAnAppKeepsInStepIsHandledHoweverOldTheEvent() {
        long anHourAgo = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        ObjectNode event = new ObjectMapper().createObjectNode().put("type", "user_change");
        event.putObject("user").put("id", "U0LATE");
        String id = bot.append(bot.kind("user_change"), "user-change-late", anHourAgo,
                SlackPayloads.envelope("user-change-late", anHourAgo, event));

        bot.awaitSettled(bot.kind("user_change"), id);
        assertTrue(PROFILES_SEEN.contains("U0LATE"));
    }

    @Test
    void aFailingHandlerDoesNotStopTheOthersAndTheirEffectIsNotRepeatedOnRetry() {
        Sent sent = bot.say("C0RANDOM", "U0BOB", "explode the gopher");
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.reactionsTo(sent).size() == 1);
        bot.awaitSettled(sent); // retried MAX_DELIVERIES times, then dead-lettered
        assertEquals(1, bot.slack.calls().stream().filter(c -> c.method().equals("reactions.add")
                && sent.ts().equals(c.param("timestamp"))).count(), "the reaction was not sent again on retries");
    }

    @Test
    void someoneJoiningTheWorkspaceIsWelcomedByDirectMessage() {
        String body = SlackPayloads.teamJoin(SlackPayloads.newEventId(), "U0CAROL", "carol");
        String id = bot.append(bot.kind("team_join"), "team-join-carol", Instant.now().getEpochSecond(), body);
        await().atMost(Duration.ofSeconds(5)).until(() -> bot.postsIn("D0CAROL").stream()
                .anyMatch(c -> c.param("text").equals("Welcome, carol!")));
        bot.awaitSettled(bot.kind("team_join"), id);
    }

    @Test
    void someoneJoiningAConfiguredChannelGetsAnEphemeralGreetingAndOtherChannelsNothing() {
        long now = Instant.now().getEpochSecond();
        String other = bot.append(bot.kind("member_joined_channel"), "join-general", now,
                SlackPayloads.memberJoinedChannel("join-general", "U0BOB", "C0GENERAL"));
        String newbies = bot.append(bot.kind("member_joined_channel"), "join-newbies", now,
                SlackPayloads.memberJoinedChannel("join-newbies", "U0BOB", "C0NEWBIES"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.calls("chat.postEphemeral",
                c -> "C0NEWBIES".equals(c.param("channel")) && "U0BOB".equals(c.param("user"))).isEmpty());
        bot.awaitSettled(bot.kind("member_joined_channel"), other);
        bot.awaitSettled(bot.kind("member_joined_channel"), newbies);
        assertTrue(bot.calls("chat.postEphemeral", c -> "C0GENERAL".equals(c.param("channel"))).isEmpty());
    }

    private static Sent sendAt(String text, long eventTime) {
        String ts = bot.slack.workspace().post("C0GENERAL", "U0ALICE", text, null, null).ts;
        SlackPayloads.Message m = SlackPayloads.message("C0GENERAL", "U0ALICE", text).ts(ts).eventTime(eventTime);
        String id = bot.append(bot.kind(StreamKind.MESSAGE_PUBLIC), m.eventId(), eventTime, m.envelope());
        return new Sent(bot.kind(StreamKind.MESSAGE_PUBLIC), id, m.eventId(), "C0GENERAL", ts);
    }
}
