package dev.gopherbot.consumer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.handler.UnreadableEntry;
import dev.gopherbot.app.message.ChannelType;
import dev.gopherbot.app.message.FileRef;
import dev.gopherbot.app.message.Message;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamEntry;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventReaderTest {
    private final EventReader reader = new EventReader(FakeSlack.BOT_USER_ID);

    @Test
    void aMessageEventBecomesTheMessageModel() throws Exception {
        String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "<@U0GOPHERBOT> define goroutine <@U0BOB>")
                .ts("1700000000.000100").threadTs("1700000000.000001").eventId("Ev1").eventTime(1_700_000_000L)
                .file("F1", "main.go", "go", "https://files.example/F1", 12).envelope();
        Event.MessagePosted posted = assertInstanceOf(Event.MessagePosted.class, reader.read(entry(body)));
        Message m = posted.message();
        assertEquals("Ev1", posted.eventId());
        assertEquals(ChannelType.PUBLIC, m.channelType());
        assertEquals("define goroutine", m.text());
        assertEquals(List.of("U0BOB"), m.mentions());
        assertTrue(m.botMentioned() && m.addressedToBot() && m.inThread());
        assertEquals("1700000000.000001", m.threadTs());
        assertEquals(new FileRef("F1", "main.go", "go", "https://files.example/F1", 12), m.files().getFirst());
    }

    @Test
    void directMessagesAreDirect() throws Exception {
        Message m = ((Event.MessagePosted) reader.read(entry(SlackPayloads.message("D0ALICE", "U0ALICE", "help")
                .envelope()))).message();
        assertEquals(ChannelType.DM, m.channelType());
        assertTrue(m.addressedToBot());
    }

    @Test
    void joinsAreRead() throws Exception {
        Event.TeamJoined team = (Event.TeamJoined) reader.read(entry(SlackPayloads.teamJoin("E1", "U0NEW", "newbie")));
        assertEquals("E1", team.eventId());
        assertEquals("U0NEW", team.userId());
        assertEquals("newbie", team.userName());
        assertEquals("team_join", team.raw().path("type").asText());
        Event.ChannelJoined joined = (Event.ChannelJoined) reader.read(entry(
                SlackPayloads.memberJoinedChannel("E2", "U0NEW", "C0NEWBIES")));
        assertEquals("C0NEWBIES", joined.channel());
        assertEquals("U0NEW", joined.userId());
    }

    @Test
    void anAppMentionIsNotHandledTwice() throws Exception {
        String body = SlackPayloads.envelope("E3", 1L, new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("type", "app_mention").put("text", "<@U0GOPHERBOT> hi"));
        assertInstanceOf(Event.NotHandled.class, reader.read(entry(body)));
    }

    @Test
    void aBodyThatIsNotAnEventIsUnreadable() {
        assertThrows(UnreadableEntry.class, () -> reader.read(entry("not json")));
        assertThrows(UnreadableEntry.class, () -> reader.read(entry("{\"type\":\"event_callback\"}")));
    }

    @Test
    void anEventTypeWithoutAReaderOfItsOwnIsReadForTheAppsSubscribers() throws Exception {
        String body = SlackPayloads.envelope("E4", 1L, new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("type", "user_change"));
        Event.Other other = assertInstanceOf(Event.Other.class, reader.read(entry(body)));
        assertEquals("user_change", other.type());
        assertEquals("E4", other.eventId());
    }

    private static StreamEntry entry(String body) {
        return StreamEntry.of(StreamKind.messagePublic("chat"), "1-0", Map.of(EntryFields.BODY, body));
    }
}
