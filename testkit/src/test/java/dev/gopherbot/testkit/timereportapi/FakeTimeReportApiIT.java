package dev.gopherbot.testkit.timereportapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's own promises: the contract's idempotency, its scripted failures, and what it records. */
class FakeTimeReportApiIT {
    private static final String BODY = "{\"type\":\"sick\",\"hours\":8,\"dates\":[\"2026-11-24\"]}";
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeTimeReportApi api;

    @BeforeEach
    void start() {
        api = FakeTimeReportApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aRepeatedKeyReplaysTheFirstAnswerAndAReusedKeyForAnotherRequestIsRefused() throws Exception {
        assertEquals(201, create("k1", BODY).statusCode());
        HttpResponse<String> replay = create("k1", BODY);
        HttpResponse<String> reused = create("k1", BODY.replace("sick", "vab"));

        assertEquals(201, replay.statusCode());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(422, reused.statusCode());
        assertEquals(List.of(new FakeTimeReportApi.Entry("U1", LocalDate.of(2026, 11, 24), "sick", 8)),
                api.entries("U1"));
        assertEquals(List.of(false, true, true), api.calls().stream().map(FakeTimeReportApi.Call::replayed).toList());
    }

    @Test
    void aFailedCallChangesNothingAndALostAnswerChangesEverything() throws Exception {
        api.failNext(1);
        assertEquals(500, create("k2", BODY).statusCode());
        assertEquals(List.of(), api.entries("U1"));

        api.loseAnswersNext(1);
        assertEquals(500, create("k3", BODY).statusCode());
        assertEquals(1, api.entries("U1").size());
        assertEquals(201, create("k3", BODY).statusCode(), "the retry gets the stored answer");
    }

    @Test
    void downAnswers503UntilUp() throws Exception {
        api.down();
        assertEquals(503, send(HttpRequest.newBuilder(uri("users/U1/entries?month=2026-11")).GET()).statusCode());
        api.up();
        assertEquals(200, send(HttpRequest.newBuilder(uri("users/U1/entries?month=2026-11")).GET()).statusCode());
    }

    @Test
    void aChangeWithoutKeyOrTokenIsRefused() throws Exception {
        assertEquals(400, send(HttpRequest.newBuilder(uri("users/U1/locks/2026-11"))
                .PUT(HttpRequest.BodyPublishers.noBody())).statusCode());
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(uri("users/U1/locks/2026-11"))
                .header("Idempotency-Key", "k4").PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, noToken.statusCode());
        assertTrue(api.locks("U1").isEmpty());
    }

    private HttpResponse<String> create(String key, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("users/U1/entries")).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + FakeTimeReportApi.TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(api.url() + path);
    }
}
