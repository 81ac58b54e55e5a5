package dev.gopherbot.gateway.events;

import static dev.gopherbot.gateway.GatewayFixture.field;
import static dev.gopherbot.gateway.GatewayFixture.fieldBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.DemoApp;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.slack.SlackPayloads;
import io.lettuce.core.StreamMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The success rows of the gateway HTTP contract, each through a real signed HTTP request. */
class EventsIngressIT {
    private static GatewayFixture gateway;

    @BeforeAll
    static void start() {
        gateway = GatewayFixture.start();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @BeforeEach
    void reset() {
        gateway.reset();
    }

    @Test
    void urlVerificationIsAnsweredWithTheChallengeAsPlainText() {
        HttpResponse<String> response = gateway.client().postEvent(SlackPayloads.urlVerification("chall-3eZbrw1aBm"));

        assertEquals(200, response.statusCode());
        assertEquals("chall-3eZbrw1aBm", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(0, gateway.totalEntries());
    }

    @ParameterizedTest(name = "channel_type {0} goes to {1}")
    @CsvSource({"channel, message.public", "group, message.private", "im, message.private", "mpim, message.private",
        "app_home, message.private"})
    void messagesAreRoutedByChannelType(String channelType, String kind) {
        StreamKind expected = new StreamKind(DemoApp.NAME, kind);
        String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "hi").channelType(channelType).envelope();

        HttpResponse<String> response = gateway.client().postEvent(body);

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals(1, gateway.length(expected));
        assertEquals(1, gateway.totalEntries());
    }

    @Test
    void anEventPostedToTheReplacedBotsPathSlackEventIsStoredAsAtSlackEvents() {
        String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "hi").envelope();

        assertEquals(200, gateway.client().postEvent("/slack/event", body, 0).statusCode());

        assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
    }

    @Test
    void theReplacedBotsHealthPathAnswersLikeHealthz() {
        assertEquals(200, gateway.client().get("/_ruok").statusCode());
    }

    @Test
    void aMessageWithoutChannelTypeIsPublic() {
        String body = """
                {"type":"event_callback","event_id":"EvNoType1","event_time":1700000000,"team_id":"T0GOPHER",
                 "api_app_id":"A0GOPHER","event":{"type":"message","channel":"C0GENERAL","user":"U0ALICE","text":"x"}}""";

        assertEquals(200, gateway.client().postEvent(body).statusCode());

        assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
    }

    @Test
    void teamJoinAndMemberJoinedChannelGoToTheirOwnStreams() {
        String teamJoin = SlackPayloads.teamJoin("EvJoin1", "U0NEW", "newbie");
        assertEquals(200, gateway.client().postEvent(teamJoin).statusCode());
        assertEquals(200, gateway.client()
                .postEvent(SlackPayloads.memberJoinedChannel("EvMjc1", "U0NEW", "C0NEWBIES")).statusCode());

        assertEquals(1, gateway.length(DemoApp.TEAM_JOIN));
        assertEquals(1, gateway.length(DemoApp.MEMBER_JOINED_CHANNEL));
        assertEquals(2, gateway.totalEntries());
    }

    @Test
    void theEntryCarriesTheContractFieldsAndTheBodyByteForByte() {
        // unusual spacing, escapes and multi-byte characters: any re-serialisation would change these bytes
        String body = "{ \"token\":\"t\",\"team_id\":\"T0GOPHER\", \"api_app_id\":\"A0GOPHER\",\n"
                + "  \"event\": {\"type\":\"message\",\"channel\":\"C0GENERAL\",\"channel_type\":\"channel\","
                + "\"user\":\"U0ALICE\",\"text\":\"caf\\u00e9 \u00e9t\u00e9 \uD83D\uDC39 \\\"q\\\" 1.0e2\"},\n"
                + "  \"type\":\"event_callback\", \"event_id\":\"EvExact1\", \"event_time\":1700000123 }";
        long before = Instant.now().toEpochMilli();
        HttpRequest request = signed(body).header("X-Request-ID", "req-from-router-42").build();

        HttpResponse<String> response = gateway.client().send(request);

        assertEquals(200, response.statusCode());
        assertEquals("req-from-router-42", response.headers().firstValue("X-Request-ID").orElseThrow());
        List<StreamMessage<byte[], byte[]>> entries = gateway.entries(DemoApp.MESSAGE_PUBLIC);
        assertEquals(1, entries.size());
        StreamMessage<byte[], byte[]> entry = entries.get(0);
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), fieldBytes(entry, EntryFields.BODY));
        assertEquals("EvExact1", field(entry, EntryFields.EVENT_ID));
        assertEquals("1700000123", field(entry, EntryFields.EVENT_TIME));
        assertEquals("req-from-router-42", field(entry, EntryFields.REQUEST_ID));
        assertEquals("0", field(entry, EntryFields.RETRY_NUM));
        long receivedAt = Long.parseLong(field(entry, EntryFields.RECEIVED_AT));
        assertTrue(receivedAt >= before && receivedAt <= Instant.now().toEpochMilli(), "received_at " + receivedAt);
        assertEquals(6, entry.getBody().size());
    }

    @Test
    void withoutARouterRequestIdTheGatewayGeneratesOneAndStoresIt() {
        HttpResponse<String> response = gateway.client()
                .postEvent(SlackPayloads.message("C0GENERAL", "U0ALICE", "hi").envelope());

        String requestId = response.headers().firstValue("X-Request-ID").orElseThrow();
        assertEquals(36, requestId.length());
        assertEquals(requestId, field(gateway.entries(DemoApp.MESSAGE_PUBLIC).get(0), EntryFields.REQUEST_ID));
    }

    @Test
    void aSlackRetryOfAStoredEventIsAcknowledgedButNotStoredAgain() {
        String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "once").envelope();

        assertEquals(200, gateway.client().postEvent(body).statusCode());
        assertEquals(200, gateway.client().postEvent(body, 1).statusCode());
        assertEquals(200, gateway.client().postEvent(body, 2).statusCode());

        assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
        assertEquals("0", field(gateway.entries(DemoApp.MESSAGE_PUBLIC).get(0), EntryFields.RETRY_NUM));
        assertEquals(2.0, gateway.metric("gateway_dedup_hits_total", "kind=\"demo.message.public\""));
    }

    @Test
    void aRetryOfAnEventNeverStoredIsStoredWithItsRetryNumber() {
        SlackPayloads.Message message = SlackPayloads.message("C0GENERAL", "U0ALICE", "late");

        assertEquals(200, gateway.client().postEvent(message.envelope(), 3).statusCode());

        StreamMessage<byte[], byte[]> entry = gateway.entries(DemoApp.MESSAGE_PUBLIC).get(0);
        assertEquals("3", field(entry, EntryFields.RETRY_NUM));
        assertTrue(gateway.seen(DemoApp.MESSAGE_PUBLIC, message.eventId()));
    }

    @Test
    void anEventTypeTheBotDoesNotRouteIsAcknowledgedCountedAndNotStored() {
        String body = """
                {"type":"event_callback","event_id":"EvReact1","event_time":1700000000,"team_id":"T0GOPHER",
                 "api_app_id":"A0GOPHER","event":{"type":"reaction_added","user":"U0ALICE","reaction":"+1"}}""";
        double before = gateway.metric("gateway_events_unknown_total", "event_type=\"reaction_added\"");

        HttpResponse<String> response = gateway.client().postEvent(body);

        assertEquals(200, response.statusCode());
        assertEquals(0, gateway.totalEntries());
        assertEquals(before + 1, gateway.metric("gateway_events_unknown_total", "event_type=\"reaction_added\""));
    }

    @Test
    void anAppRateLimitedNoticeIsAcknowledgedAndCounted() {
        String body = """
                {"token":"t","type":"app_rate_limited","team_id":"T0GOPHER","minute_rate_limited":1518467820,
                 "api_app_id":"A0GOPHER"}""";

        assertEquals(200, gateway.client().postEvent(body).statusCode());

        assertEquals(0, gateway.totalEntries());
        assertTrue(gateway.metric("gateway_events_unknown_total", "event_type=\"app_rate_limited\"") >= 1);
    }

    @Test
    void aFailedAppendAnswers503AndDoesNotMarkTheEventSeenSoTheRetryIsStored() {
        SlackPayloads.Message message = SlackPayloads.message("C0GENERAL", "U0ALICE", "first try fails");
        String stream = gateway.keys().stream(DemoApp.MESSAGE_PUBLIC);
        // a key of the wrong type makes XADD fail inside the script, after nothing was written
        gateway.redis().command("SET " + stream + " not-a-stream");

        HttpResponse<String> failed = gateway.client().postEvent(message.envelope());

        assertEquals(503, failed.statusCode());
        assertFalse(gateway.seen(DemoApp.MESSAGE_PUBLIC, message.eventId()));

        gateway.redis().command("DEL " + stream);
        HttpResponse<String> retried = gateway.client().postEvent(message.envelope(), 1);

        assertEquals(200, retried.statusCode());
        assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
        assertTrue(gateway.seen(DemoApp.MESSAGE_PUBLIC, message.eventId()));
    }

    private static HttpRequest.Builder signed(String body) {
        long ts = Instant.now().getEpochSecond();
        return gateway.client().request("/slack/events", "application/json", body.getBytes(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", gateway.client().signer().sign(ts, body));
    }
}
