package dev.gopherbot.gateway.commands;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /slack/commands} through real HTTP and a real Redis. */
class CommandsIngressIT {
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
    void aKnownSubcommandIsStoredByteForByteKeyedByItsTriggerAndAcknowledgedWithAnEmpty200() {
        InteractivePayloads.Command command = InteractivePayloads.command(DemoApp.COMMAND, "define goroutine");
        String form = command.form();

        HttpResponse<String> response = post(form);

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        List<StreamMessage<byte[], byte[]>> entries = gateway.entries(DemoApp.COMMAND_STREAM);
        assertEquals(1, entries.size());
        assertEquals(command.triggerId(), field(entries.getFirst(), EntryFields.EVENT_ID));
        assertArrayEquals(form.getBytes(StandardCharsets.UTF_8),
                GatewayFixture.fieldBytes(entries.getFirst(), EntryFields.BODY));
        long eventTime = Long.parseLong(field(entries.getFirst(), EntryFields.EVENT_TIME));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - eventTime) < 60);
        assertTrue(gateway.seen(DemoApp.COMMAND_STREAM, command.triggerId()));
    }

    @Test
    void aBareCommandMeansHelpAndIsStored() {
        assertEquals(200, post(InteractivePayloads.command(DemoApp.COMMAND, "").form()).statusCode());
        assertEquals(1, gateway.length(DemoApp.COMMAND_STREAM));
    }

    @Test
    void theSameTriggerDeliveredTwiceIsStoredOnce() {
        String form = InteractivePayloads.command(DemoApp.COMMAND, "help").form();

        assertEquals(200, post(form).statusCode());
        assertEquals(200, post(form).statusCode());

        assertEquals(1, gateway.length(DemoApp.COMMAND_STREAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "DEFINEX goroutine", "halp me"})
    void anUnknownSubcommandIsAnsweredAtOnceWithAnEphemeralHintAndNothingIsStored(String text) throws Exception {
        HttpResponse<String> response = post(InteractivePayloads.command(DemoApp.COMMAND, text).form());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("ephemeral", body.path("response_type").asText());
        assertTrue(body.path("text").asText().contains("unknown command, try `/demo help`"), response.body());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void theAppsSlashCheckMayAnswerASubcommandTheAppDoesNotRegisterAndNothingIsStored() throws Exception {
        HttpResponse<String> response = post(InteractivePayloads.command(DemoApp.COMMAND, DemoApp.GREETING + " there")
                .form());

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("ephemeral", body.path("response_type").asText());
        assertEquals("Hello! `/demo help` lists what I do.", body.path("text").asText());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void anUnknownCommandIsAnsweredTheSameWay() throws Exception {
        HttpResponse<String> response = post(InteractivePayloads.command("/timereport", "add 8h").form());

        assertEquals(200, response.statusCode());
        assertTrue(JSON.readTree(response.body()).path("text").asText().contains("`/timereport`"));
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void aBadSignatureGets401AndNothingIsStored() {
        String form = InteractivePayloads.command(DemoApp.COMMAND, "help").form();
        long ts = Instant.now().getEpochSecond();

        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(CommandsEndpoint.PATH, "application/x-www-form-urlencoded",
                        form.getBytes(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", new SlackSigner("not-the-secret").sign(ts, form)).build());

        assertEquals(401, response.statusCode());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void anUnknownSubcommandWithABadSignatureGets401NotTheFriendlyAnswer() {
        String form = InteractivePayloads.command(DemoApp.COMMAND, "frobnicate").form();
        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(CommandsEndpoint.PATH, "application/x-www-form-urlencoded",
                        form.getBytes(StandardCharsets.UTF_8))
                .build());

        assertEquals(401, response.statusCode());
    }

    @Test
    void aJsonBodyGets415() {
        String form = InteractivePayloads.command(DemoApp.COMMAND, "help").form();
        long ts = Instant.now().getEpochSecond();
        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(CommandsEndpoint.PATH, "application/json", form.getBytes(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", gateway.client().signer().sign(ts, form)).build());

        assertEquals(415, response.statusCode());
        assertEquals(0, gateway.totalEntries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trigger_id", "command", "response_url", "user_id"})
    void aCommandWithoutARequiredFieldGets400NamingIt(String missing) {
        HttpResponse<String> response = post(InteractivePayloads.command(DemoApp.COMMAND, "help").field(missing, "")
                .form());

        assertEquals(400, response.statusCode());
        assertEquals("missing " + missing, response.body());
        assertEquals(0, gateway.totalEntries());
    }

    @Test
    void aMalformedFormGets400() {
        assertEquals(400, post("command=%2Fgopher&text=%ZZ&trigger_id=1").statusCode());
    }

    @Test
    void otherMethodsGet405() {
        HttpResponse<String> response = gateway.client().get(CommandsEndpoint.PATH);
        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void answersAreCountedByRouteAndOutcome() {
        String enqueued = "outcome=\"enqueued\",route=\"/slack/commands\"";
        String answered = "outcome=\"answered\",route=\"/slack/commands\"";
        double enqueuedBefore = gateway.metric("gateway_requests_total", enqueued);
        double answeredBefore = gateway.metric("gateway_requests_total", answered);

        post(InteractivePayloads.command(DemoApp.COMMAND, "help").form());
        post(InteractivePayloads.command(DemoApp.COMMAND, "nope").form());

        assertEquals(enqueuedBefore + 1, gateway.metric("gateway_requests_total", enqueued));
        assertEquals(answeredBefore + 1, gateway.metric("gateway_requests_total", answered));
    }

    private static HttpResponse<String> post(String form) {
        return gateway.client().postForm(CommandsEndpoint.PATH, form);
    }
}
