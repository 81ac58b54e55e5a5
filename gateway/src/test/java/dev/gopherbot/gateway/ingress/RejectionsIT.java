package dev.gopherbot.gateway.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.gateway.RawHttp;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.SlackSigner;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejection row of the gateway HTTP contract, through real HTTP; nothing rejected is ever stored. */
class RejectionsIT {
    private static final String EVENTS = "/slack/events";
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

    @AfterEach
    void nothingWasStored() {
        assertEquals(0, gateway.totalEntries());
    }

    // --- 401 -------------------------------------------------------------------------------------------------

    @Test
    void anUnsignedRequestGets401() {
        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(EVENTS, "application/json", bytes(message())).build());

        assertEquals(401, response.statusCode());
    }

    @Test
    void aRequestSignedWithAnotherSecretGets401() {
        String body = message();
        long ts = now();
        HttpResponse<String> response = send(body, ts, new SlackSigner("wrong").sign(ts, body));

        assertEquals(401, response.statusCode());
    }

    @Test
    void aBodyChangedAfterSigningGets401() {
        String body = message();
        long ts = now();
        String signature = gateway.client().signer().sign(ts, body);

        HttpResponse<String> response = send(body.replace("hello", "HELLO"), ts, signature);

        assertEquals(401, response.statusCode());
    }

    @ParameterizedTest(name = "{0} s from now")
    @ValueSource(longs = {-301, 301, -3600, 3600})
    void aCorrectlySignedRequestWithATimestampOutsideFiveMinutesGets401(long offset) {
        String body = message();
        long ts = now() + offset;

        assertEquals(401, send(body, ts, gateway.client().signer().sign(ts, body)).statusCode());
    }

    @ParameterizedTest(name = "{0} s from now")
    @ValueSource(longs = {-290, 290})
    void aCorrectlySignedRequestWithinFiveMinutesIsAccepted(long offset) {
        String body = message();
        long ts = now() + offset;

        assertEquals(200, send(body, ts, gateway.client().signer().sign(ts, body)).statusCode());
        gateway.reset();
    }

    @Test
    void aNonNumericTimestampGets401() {
        String body = message();
        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(EVENTS, "application/json", bytes(body))
                .header("X-Slack-Request-Timestamp", "yesterday")
                .header("X-Slack-Signature", gateway.client().signer().sign(now(), body)).build());

        assertEquals(401, response.statusCode());
    }

    // --- 403 -------------------------------------------------------------------------------------------------

    @Test
    void eventsForAnotherAppOrWorkspaceGet403WhenTheyAreConfigured() {
        try (GatewayFixture pinned = GatewayFixture.start(Map.of("SLACK_APP_ID", SlackPayloads.APP_ID,
                "SLACK_TEAM_ID", SlackPayloads.TEAM_ID))) {
            String otherApp = message().replace(SlackPayloads.APP_ID, "A0SOMEONEELSE");
            String otherTeam = message().replace("\"team_id\":\"" + SlackPayloads.TEAM_ID + "\"",
                    "\"team_id\":\"T0ELSEWHERE\"");
            String noApp = message().replace("\"api_app_id\":\"" + SlackPayloads.APP_ID + "\",", "");

            assertEquals(403, pinned.client().postEvent(otherApp).statusCode());
            assertEquals(403, pinned.client().postEvent(otherTeam).statusCode());
            assertEquals(403, pinned.client().postEvent(noApp).statusCode());
            assertEquals(0, pinned.totalEntries());

            assertEquals(200, pinned.client().postEvent(message()).statusCode());
            assertEquals(200, pinned.client().postEvent(SlackPayloads.urlVerification("c")).statusCode());
            assertEquals(1, pinned.totalEntries());
        }
    }

    @Test
    void withoutConfiguredIdsEventsForAnyAppAreAccepted() {
        assertEquals(200, gateway.client().postEvent(message().replace(SlackPayloads.APP_ID, "A0ANY")).statusCode());
        gateway.reset();
    }

    // --- 405 -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /slack/events", "PUT, /slack/events", "DELETE, /slack/events", "PATCH, /slack/events",
        "POST, /healthz", "DELETE, /healthz", "POST, /metrics", "PUT, /metrics"})
    void otherMethodsGet405WithAnAllowHeader(String method, String path) {
        HttpResponse<String> response = gateway.client().send(HttpRequest.newBuilder(gateway.base().resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(message())).build());

        assertEquals(405, response.statusCode());
        assertEquals(path.equals(EVENTS) ? "POST" : "GET", response.headers().firstValue("Allow").orElseThrow());
    }

    // --- 413 -------------------------------------------------------------------------------------------------

    @Test
    void aDeclaredBodyOverOneMebibyteGets413BeforeTheBodyIsSent() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try (RawHttp http = new RawHttp(gateway.app().port())) {
                // headers only: the gateway must answer without waiting for the 2 MiB it was promised
                http.head("POST " + EVENTS + " HTTP/1.1", "Content-Type: application/json",
                        "Content-Length: " + 2 * 1024 * 1024);

                assertEquals(413, http.status());
            }
        });
    }

    @Test
    void aChunkedBodyOverOneMebibyteGets413() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try (RawHttp http = new RawHttp(gateway.app().port())) {
                http.head("POST " + EVENTS + " HTTP/1.1", "Content-Type: application/json",
                        "Transfer-Encoding: chunked");
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                for (int i = 0; i < 17; i++) { // 1088 KiB, and never the terminating chunk
                    http.chunk(chunk);
                }

                assertEquals(413, http.status());
            }
        });
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsAccepted() {
        String base = message();
        // pad the message text so the whole body is exactly the limit
        String body = base.replace("hello", "hello" + "x".repeat(BodyLimit.MAX_BYTES - bytes(base).length));
        assertEquals(BodyLimit.MAX_BYTES, bytes(body).length);

        assertEquals(200, gateway.client().postEvent(body).statusCode());
        gateway.reset();
    }

    // --- 415 -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void aBodyThatIsNotDeclaredJsonGets415(String contentType) {
        String body = message();
        long ts = now();
        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(EVENTS, contentType, bytes(body))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", gateway.client().signer().sign(ts, body)).build());

        assertEquals(415, response.statusCode());
    }

    @Test
    void aRequestWithoutContentTypeGets415() throws Exception {
        try (RawHttp http = new RawHttp(gateway.app().port())) {
            http.head("POST " + EVENTS + " HTTP/1.1", "Content-Length: 2").write(bytes("{}"));

            assertEquals(415, http.status());
        }
    }

    @Test
    void jsonWithACharsetParameterIsAccepted() {
        String body = message();
        long ts = now();
        HttpResponse<String> response = gateway.client().send(gateway.client()
                .request(EVENTS, "application/json; charset=utf-8", bytes(body))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", gateway.client().signer().sign(ts, body)).build());

        assertEquals(200, response.statusCode());
        gateway.reset();
    }

    // --- 400 -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",                    | malformed JSON",
        "{\"event_id\":\"Ev1\",\"event_time\":1,\"event\":{\"type\":\"message\"}} | missing type",
        "{\"type\":\"event_callback\",\"event_time\":1,\"event\":{\"type\":\"message\"}} | missing event_id",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\"}} | missing event_time",
        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event_time\":1}     | missing event",
    })
    void aSignedButMalformedOrIncompleteBodyGets400NamingTheProblem(String body, String reason) {
        HttpResponse<String> response = gateway.client().postEvent(body);

        assertEquals(400, response.statusCode());
        assertEquals(reason, response.body());
    }

    private static HttpResponse<String> send(String body, long ts, String signature) {
        return gateway.client().send(gateway.client().request(EVENTS, "application/json", bytes(body))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", signature).build());
    }

    private static String message() {
        return SlackPayloads.message("C0GENERAL", "U0ALICE", "hello").envelope();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
