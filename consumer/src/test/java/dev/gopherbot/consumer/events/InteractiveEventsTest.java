package dev.gopherbot.consumer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gopherbot.app.handler.InteractionPayload;
import dev.gopherbot.app.handler.SlashRequest;
import dev.gopherbot.app.handler.UnreadableEntry;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamEntry;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Command and interaction entries read into events, as the worker sees them. */
class InteractiveEventsTest {
    private final EventReader reader = new EventReader("U0GOPHERBOT");

    @Test
    void aSlashCommandEntryReadsAsItsSubcommandArgumentAndReplyChannels() throws Exception {
        String form = InteractivePayloads.command("/gopher", "Define  goroutine leak").user("U0BOB", "bob")
                .responseUrl("https://hooks.slack.com/commands/T/1/x").trigger("1.2.abc").form();

        Event event = reader.read(entry(StreamKind.command("chat"), "1.2.abc", form));

        SlashRequest request = assertInstanceOf(Event.SlashInvoked.class, event).request();
        assertEquals("1.2.abc", event.eventId());
        assertEquals("define", request.subcommand());
        assertEquals("goroutine leak", request.argument());
        assertEquals("U0BOB", request.userId());
        assertEquals("1.2.abc", request.triggerId());
        assertEquals("https://hooks.slack.com/commands/T/1/x", request.responseUrl());
        assertEquals(1_700_000_000_123L, request.receivedAtMs());
    }

    @Test
    void aButtonClickReadsAsItsActionAndTheMessageClicked() throws Exception {
        String form = InteractivePayloads.form(InteractivePayloads.blockAction("U0BOB", "suggest_approve", "S1",
                "C0MODS", "1700000000.000100", "https://hooks.slack.com/actions/x", "9.9.9"));

        InteractionPayload p = assertInstanceOf(Event.Interacted.class,
                reader.read(entry(StreamKind.interaction("chat"), "9.9.9", form))).payload();

        assertEquals(InteractionPayload.BLOCK_ACTIONS, p.type());
        assertEquals("U0BOB", p.userId());
        assertEquals(new InteractionPayload.Action("suggest_approve", "b1", "S1"), p.action());
        assertEquals("C0MODS", p.channelId());
        assertEquals("1700000000.000100", p.messageTs());
        assertEquals("https://hooks.slack.com/actions/x", p.responseUrl());
    }

    @Test
    void aModalSubmissionReadsAsItsCallbackIdAndView() throws Exception {
        String form = InteractivePayloads.form(InteractivePayloads.viewSubmission("U0ALICE", "glossary_suggest",
                Map.of("term", "goroutine leak"), "7.7.7"));

        InteractionPayload p = assertInstanceOf(Event.Interacted.class,
                reader.read(entry(StreamKind.interaction("chat"), "7.7.7", form))).payload();

        assertEquals("glossary_suggest", p.callbackId());
        assertEquals("goroutine leak", p.view().path("state").path("values").path("term").path("term")
                .path("value").asText());
        assertEquals("", p.responseUrl());
    }

    @Test
    void aShortcutReadsAsItsCallbackId() throws Exception {
        String form = InteractivePayloads.form(InteractivePayloads.shortcut("U0ALICE", "suggest_term", "5.5.5"));
        InteractionPayload p = assertInstanceOf(Event.Interacted.class,
                reader.read(entry(StreamKind.interaction("chat"), "5.5.5", form))).payload();
        assertEquals("suggest_term", p.callbackId());
    }

    @Test
    void entriesNoHandlerCouldUseAreUnreadable() {
        assertThrows(UnreadableEntry.class, () -> reader.read(entry(StreamKind.command("chat"), "x", "command=%2Fgopher")));
        assertThrows(UnreadableEntry.class, () -> reader.read(entry(StreamKind.command("chat"), "x", "text=%ZZ")));
        assertThrows(UnreadableEntry.class, () -> reader.read(entry(StreamKind.interaction("chat"), "x", "payload=%7Bnope")));
        assertThrows(UnreadableEntry.class, () -> reader.read(entry(StreamKind.interaction("chat"), "x", "other=1")));
    }

    private static StreamEntry entry(StreamKind kind, String eventId, String body) {
        return StreamEntry.of(kind, "1-0", Map.of(EntryFields.EVENT_ID, eventId, EntryFields.EVENT_TIME,
                "1700000000", EntryFields.RECEIVED_AT, "1700000000123", EntryFields.BODY, body));
    }
}
