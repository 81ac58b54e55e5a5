package dev.gopherbot.gateway.interactions;

import static dev.gopherbot.gateway.GatewayFixture.field;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.gateway.DemoApp;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.SlackSigner;
import io.lettuce.core.StreamMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /slack/interactions} through real HTTP and a real Redis. */
class InteractionsIngressIT {
    private static final ObjectMapper JSON = new ObjectMapper();
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
    void aButtonClickIsStoredByteForByteKeyedByItsTrigger() {
        String trigger = InteractivePayloads.newTriggerId();
        String form = InteractivePayloads.form(InteractivePayloads.blockAction("U0BOB", "suggest_approve", "S1",
                "C0MODS", "1700000000.000100", "https://hooks.slack.com/actions/x", trigger));

        HttpResponse<String> response = post(form);

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        List<StreamMessage<byte[], byte[]>> entries = gateway.entries(DemoApp.INTERACTION);
        assertEquals(1, entries.size());
        assertEquals(trigger, field(entries.getFirst(), EntryFields.EVENT_ID));
        assertArrayEquals(form.getBytes(StandardCharsets.UTF_8),
                GatewayFixture.fieldBytes(entries.getFirst(), EntryFields.BODY));
    }

    @Test
    void aClosedModalHasNoTriggerSoItIsKeyedByTheHashOfItsBodyAndStoredOnce() {
        String form = InteractivePayloads.form(InteractivePayloads.viewClosed("U0ALICE", DemoApp.FORM));

        assertEquals(200, post(form).statusCode());
        assertEquals(200, post(form).statusCode());

        List<StreamMessage<byte[], byte[]>> entries = gateway.entries(DemoApp.INTERACTION);
        assertEquals(1, entries.size());
        assertTrue(field(entries.getFirst(), EntryFields.EVENT_ID).matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void aShortcutIsStored() {
        assertEquals(200, post(InteractivePayloads.form(InteractivePayloads.shortcut("U0ALICE", "suggest_term",
                InteractivePayloads.newTriggerId()))).statusCode());
        assertEquals(1, gateway.length(DemoApp.INTERACTION));
    }

    @Test
    void aSubmissionTheAppsCheckRefusesIsAnsweredWithErrorsAndNotStored() throws Exception {
        HttpResponse<String> response = post(form(""));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("errors", body.path("response_action").asText());
        assertEquals("Give it a name.", body.path("errors").path(DemoApp.NAME_INPUT).asText(), response.body());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void aSubmissionTheCheckAcceptsIsStoredAndAcknowledgedWithAnEmptyBodySoTheModalCloses() {
        HttpResponse<String> response = post(form("functional options"));

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals(1, gateway.length(DemoApp.INTERACTION));
    }

    @Test
    void aSubmissionOfAnotherModalIsNotCheckedHere() {
        Map<String, String> values = Map.of("anything", "");
        assertEquals(200, post(InteractivePayloads.form(InteractivePayloads.viewSubmission("U0ALICE", "other_modal",
                values, InteractivePayloads.newTriggerId()))).statusCode());
        assertEquals(1, gateway.length(DemoApp.INTERACTION));
    }

    @Test
    void aPayloadTypeTheBotDoesNotHandleIsAcknowledgedAndNotStored() {
        HttpResponse<String> response = post(InteractivePayloads.form("{\"type\":\"block_suggestion\","
                + "\"team\":{\"id\":\"T0GOPHER\"},\"api_app_id\":\"A0GOPHER\"}"));

        assertEquals(200, response.statusCode());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void aBadSignatureGets401AndNothingIsStored() {
        String form = form("functional options");
        long ts = Instant.now().getEpochSecond();

        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(InteractionsEndpoint.PATH, "application/x-www-form-urlencoded",
                        form.getBytes(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", new SlackSigner("not-the-secret").sign(ts, form)).build());

        assertEquals(401, response.statusCode());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void aStaleTimestampGets401() {
        String form = form("functional options");
        long ts = Instant.now().getEpochSecond() - 301;

        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(InteractionsEndpoint.PATH, "application/x-www-form-urlencoded",
                        form.getBytes(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", gateway.client().signer().sign(ts, form)).build());

        assertEquals(401, response.statusCode());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void aFormWithoutAPayloadGets400() {
        HttpResponse<String> response = post("other=1");
        assertEquals(400, response.statusCode());
        assertEquals("missing payload", response.body());
    }

    @Test
    void aPayloadThatIsNotJsonGets400WithoutEchoingIt() {
        HttpResponse<String> response = post(InteractivePayloads.form("{\"type\": secret-stuff"));
        assertEquals(400, response.statusCode());
        assertEquals("payload is not valid JSON", response.body());
    }

    @Test
    void aPayloadWithoutATypeGets400() {
        assertEquals(400, post(InteractivePayloads.form("{\"trigger_id\":\"1.2.3\"}")).statusCode());
    }

    private static String form(String name) {
        return InteractivePayloads.form(InteractivePayloads.viewSubmission("U0ALICE", DemoApp.FORM,
                Map.of(DemoApp.NAME_INPUT, name), InteractivePayloads.newTriggerId()));
    }

    private static HttpResponse<String> post(String form) {
        return gateway.client().postForm(InteractionsEndpoint.PATH, form);
    }
}
