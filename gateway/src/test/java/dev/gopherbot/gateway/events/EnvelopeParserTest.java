package dev.gopherbot.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.RequestRejected;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeParserTest {

    @Test
    void aMessageEventYieldsItsRoutingFields() {
        String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "hello").eventId("Ev123").eventTime(1_700_000_000L)
                .channelType("im").envelope();

        Envelope e = parse(body);

        assertEquals(new Envelope("event_callback", "Ev123", 1_700_000_000L, SlackPayloads.APP_ID,
                SlackPayloads.TEAM_ID, null, true, "message", "im"), e);
    }

    @Test
    void urlVerificationYieldsTheChallenge() {
        Envelope e = parse(SlackPayloads.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));

        assertEquals("url_verification", e.type());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", e.challenge());
        assertFalse(e.hasEvent());
    }

    @Test
    void nestedFieldsWithTheSameNamesDoNotOverrideTopLevelOnes() {
        String body = """
                {"token":"t","team_id":"T1","api_app_id":"A1",
                 "event":{"type":"message","channel_type":"channel","team_id":"T9",
                          "blocks":[{"type":"rich_text","event_id":"nested","elements":[{"type":"x"}]}],
                          "message":{"type":"message","channel_type":"im"}},
                 "type":"event_callback","event_id":"Ev1","event_time":1,
                 "authorizations":[{"team_id":"T8","type":"x"}]}""";

        Envelope e = parse(body);

        assertEquals(new Envelope("event_callback", "Ev1", 1L, "A1", "T1", null, true, "message", "channel"), e);
    }

    @Test
    void anEventWithoutChannelTypeHasNone() {
        Envelope e = parse(SlackPayloads.teamJoin("Ev9", "U0NEW", "newbie"));

        assertEquals("team_join", e.eventType());
        assertNull(e.channelType());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "not json                                                              | malformed JSON",
        "''                                                                    | body is not a JSON object",
        "[1,2]                                                                 | body is not a JSON object",
        "{\"event_id\":\"Ev1\",\"event_time\":1,\"event\":{\"type\":\"message\"}} | missing type",
        "{\"type\":\"event_callback\",\"event_time\":1,\"event\":{\"type\":\"m\"}}   | missing event_id",
        "{\"type\":\"event_callback\",\"event_id\":\"\",\"event_time\":1,\"event\":{\"type\":\"m\"}} | missing event_id",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"m\"}}  | missing event_time",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event_time\":1}        | missing event",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event_time\":1,\"event\":{}} | missing event.type",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event_time\":1,\"event\":\"m\"} | event must be an object",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event_time\":\"1\",\"event\":{\"type\":\"m\"}} | event_time must be epoch seconds",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event_time\":1.5,\"event\":{\"type\":\"m\"}} | event_time must be epoch seconds",
        "{\"type\":\"event_callback\",\"event_id\":7,\"event_time\":1,\"event\":{\"type\":\"m\"}} | event_id must be a string",
        "{\"type\":\"url_verification\"}                                          | missing challenge",
        "{\"type\":\"event_callback\",\"type\":\"url_verification\",\"challenge\":\"c\"} | malformed JSON",
        "{\"type\":\"url_verification\",\"challenge\":\"c\"} {}                   | trailing content after the JSON object",
    })
    void badBodiesAreRefusedWithAReasonThatNamesTheProblem(String body, String reason) {
        RequestRejected e = assertThrows(RequestRejected.class, () -> parse(body));

        assertEquals(Outcome.BAD_REQUEST, e.outcome());
        assertEquals(reason, e.reason());
    }

    @Test
    void anUnknownEnvelopeTypeNeedsNoEventFields() {
        Envelope e = parse("{\"type\":\"app_rate_limited\",\"team_id\":\"T1\",\"minute_rate_limited\":1518467820}");

        assertEquals("app_rate_limited", e.type());
    }

    private static Envelope parse(String body) {
        return EnvelopeParser.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
