package dev.gopherbot.simulator.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.simulator.apps.AppLinks;
import dev.gopherbot.simulator.apps.SimulatedApp;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventDeliveryIT {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final DeliveryPolicy FAST = new DeliveryPolicy(Duration.ofMillis(500),
            List.of(Duration.ZERO, Duration.ofMillis(300), Duration.ofMillis(600)));

    private final RecordingGateway gateway = new RecordingGateway();
    private final Deliveries deliveries = new Deliveries();
    private final Workspace workspace = Workspace.seeded();
    private EventDelivery delivery;

    @AfterEach
    void stop() {
        if (delivery != null) {
            delivery.close();
        }
        gateway.close();
    }

    private EventSource source(URI gatewayBase, DeliveryPolicy policy) {
        delivery = new EventDelivery(policy, deliveries);
        AppLinks apps = new AppLinks(List.of(new SimulatedApp("gopherbot", new Secret("xoxb-t"), new Secret(SECRET))),
                gatewayBase, Map.of());
        return new EventSource(workspace, apps, delivery);
    }

    private String postAsAlice(EventSource source, String text) {
        Workspace.Message m = workspace.post("C0GENERAL", "U0ALICE", text, null, null);
        return source.message(m).getFirst();
    }

    private DeliveryStatus statusOf(String eventId) {
        return deliveries.status(eventId).orElseThrow();
    }

    @Test
    void aDeliveredEventCarriesASignatureThatVerifiesWithTheSigningSecret() throws Exception {
        String eventId = postAsAlice(source(gateway.base(), FAST), "hello");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(eventId).state() == DeliveryStatus.State.DELIVERED);
        RecordingGateway.Request req = gateway.requests().getFirst();
        long timestamp = Long.parseLong(req.header("X-Slack-Request-Timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 10, "timestamp is now");
        // computed here from Slack's documented recipe, independently of the signer the simulator uses
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v0=" + HexFormat.of().formatHex(
                mac.doFinal(("v0:" + timestamp + ":" + req.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, req.header("X-Slack-Signature"));
        assertTrue(req.header("Content-Type").startsWith("application/json"));
        assertNull(req.header("X-Slack-Retry-Num"), "a first delivery is not a retry");
    }

    @Test
    void theEnvelopeCarriesEveryFieldSlackSends() {
        EventSource source = source(gateway.base(), FAST);
        String first = postAsAlice(source, "hello");
        String second = postAsAlice(source, "hello again");

        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.requests().size() == 2);
        JsonNode body = gateway.requests().stream().map(RecordingGateway.Request::json)
                .filter(j -> j.path("event_id").asText().equals(first)).findFirst().orElseThrow();
        assertEquals("event_callback", body.path("type").asText());
        assertEquals(SlackPayloads.TEAM_ID, body.path("team_id").asText());
        assertEquals("A0GOPHERBOT", body.path("api_app_id").asText(), "the app's own id");
        assertEquals("/slack/gopherbot/events", gateway.requests().getFirst().path(), "the app's own events URL");
        assertFalse(body.path("token").asText().isEmpty());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - body.path("event_time").asLong()) < 10);
        assertFalse(body.path("event_context").asText().isEmpty());
        JsonNode auth = body.path("authorizations").get(0);
        assertEquals(FakeSlack.BOT_USER_ID, auth.path("user_id").asText());
        assertTrue(auth.path("is_bot").asBoolean());
        JsonNode event = body.path("event");
        assertEquals("message", event.path("type").asText());
        assertEquals("C0GENERAL", event.path("channel").asText());
        assertEquals("channel", event.path("channel_type").asText());
        assertEquals("U0ALICE", event.path("user").asText());
        assertEquals("hello", event.path("text").asText());
        assertNotEquals(first, second, "every event has its own id");
    }

    @Test
    void aGatewayAnswering500IsRetriedWithRetryNumAndReasonUntilItTakesTheEvent() {
        gateway.answer(500).answer(503);
        String eventId = postAsAlice(source(gateway.base(), FAST), "hello");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(eventId).state() == DeliveryStatus.State.DELIVERED);
        List<RecordingGateway.Request> reqs = gateway.requests();
        assertEquals(3, reqs.size());
        assertNull(reqs.get(0).header("X-Slack-Retry-Num"));
        assertEquals("1", reqs.get(1).header("X-Slack-Retry-Num"));
        assertEquals("http_error", reqs.get(1).header("X-Slack-Retry-Reason"));
        assertEquals("2", reqs.get(2).header("X-Slack-Retry-Num"));
        assertTrue(reqs.stream().allMatch(r -> r.body().equals(reqs.get(0).body())), "a retry repeats the same body");
        assertEquals(3, statusOf(eventId).attempts());
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeIsRetriedAsAnHttpTimeout() {
        gateway.answerLate(Duration.ofSeconds(3));
        String eventId = postAsAlice(source(gateway.base(), FAST), "hello");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(eventId).state() == DeliveryStatus.State.DELIVERED);
        assertEquals(2, gateway.requests().size());
        assertEquals("http_timeout", gateway.requests().get(1).header("X-Slack-Retry-Reason"));
    }

    @Test
    void retriesWaitTheConfiguredDelaysAndStopAfterTheLastOne() {
        gateway.answer(500).answer(500).answer(500).answer(500);
        String eventId = postAsAlice(source(gateway.base(), FAST), "hello");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(eventId).state() == DeliveryStatus.State.FAILED);
        List<RecordingGateway.Request> reqs = gateway.requests();
        assertEquals(4, reqs.size(), "the first delivery and three retries");
        assertEquals("3", reqs.get(3).header("X-Slack-Retry-Num"));
        assertTrue(Duration.between(reqs.get(1).at(), reqs.get(2).at()).toMillis() >= 300);
        assertTrue(Duration.between(reqs.get(2).at(), reqs.get(3).at()).toMillis() >= 600);
        assertEquals("HTTP 500", statusOf(eventId).problem());
        assertEquals(4, statusOf(eventId).attempts());
    }

    @Test
    void aRetryWaitingItsTurnIsShownAsRetrying() {
        DeliveryPolicy slowRetry = new DeliveryPolicy(Duration.ofMillis(500), List.of(Duration.ofMinutes(1)));
        gateway.answer(500);
        String eventId = postAsAlice(source(gateway.base(), slowRetry), "hello");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(eventId).state() == DeliveryStatus.State.RETRYING);
        DeliveryStatus status = statusOf(eventId);
        assertTrue(status.nextAttempt().isAfter(Instant.now().plusSeconds(50)));
        assertEquals(1, gateway.requests().size());
    }

    @Test
    void anAnswerWithNoRetryIsNotRetried() {
        gateway.answerNoRetry(500);
        String eventId = postAsAlice(source(gateway.base(), FAST), "hello");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(eventId).state() == DeliveryStatus.State.FAILED);
        assertEquals(1, gateway.requests().size());
    }

    @Test
    void anUnreachableGatewayIsRetriedAsAFailedConnection() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String eventId = postAsAlice(source(URI.create("http://127.0.0.1:" + closedPort), FAST), "hi");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(eventId).state() == DeliveryStatus.State.FAILED);
        assertEquals("connection refused", statusOf(eventId).problem());
        assertEquals(4, statusOf(eventId).attempts());
    }

    @Test
    void noEventIsSentForAChannelTheBotIsNotIn() {
        workspace.addChannel(new Workspace.Channel("C0QUIET", "quiet", false, false, false, null));
        workspace.join("C0QUIET", "U0ALICE");
        EventSource source = source(gateway.base(), FAST);

        List<String> sent = source.message(workspace.post("C0QUIET", "U0ALICE", "psst", null, null));

        assertTrue(sent.isEmpty());
        assertTrue(source.memberJoinedChannel("U0BOB", "C0QUIET").isEmpty());
        assertEquals(0, gateway.requests().size());
    }
}
