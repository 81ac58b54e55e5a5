package dev.gopherbot.testkit.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake Strava behaves as Strava's documentation says, over HTTP, so apps can trust what they test against. */
class FakeStravaIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeStrava strava;

    @BeforeEach
    void start() {
        strava = FakeStrava.start();
        strava.addAthlete(7, "Ada", "Lovelace");
        strava.addAthlete(8, "Bob", "Other");
    }

    @AfterEach
    void stop() {
        strava.close();
    }

    @Test
    void aCodeIsExchangedOnceAndARefreshTokenIsSpentOnce() throws Exception {
        String code = strava.approve(7, "read,activity:read");

        HttpResponse<String> first = token("grant_type=authorization_code&code=" + code);
        HttpResponse<String> again = token("grant_type=authorization_code&code=" + code);

        assertEquals(200, first.statusCode());
        assertEquals(7, json(first).path("athlete").path("id").asLong());
        assertEquals(400, again.statusCode());
        String refresh = json(first).path("refresh_token").asText();
        HttpResponse<String> refreshed = token("grant_type=refresh_token&refresh_token=" + refresh);
        assertEquals(200, refreshed.statusCode());
        assertFalse(json(refreshed).path("refresh_token").asText().equals(refresh), "a new refresh token");
        assertEquals(400, token("grant_type=refresh_token&refresh_token=" + refresh).statusCode());
    }

    @Test
    void anActivityIsShownOnlyToItsOwnersTokenAndEveryAnswerReportsTheRateLimits() throws Exception {
        strava.store(FakeActivity.run(70, 7, "Mine", 5000, 1500, 10));
        String ada = json(token("grant_type=authorization_code&code=" + strava.approve(7, "read,activity:read")))
                .path("access_token").asText();
        String bob = json(token("grant_type=authorization_code&code=" + strava.approve(8, "read,activity:read")))
                .path("access_token").asText();

        HttpResponse<String> own = activity(70, ada);

        assertEquals(200, own.statusCode());
        assertEquals("Mine", json(own).path("name").asText());
        assertEquals("100,1000", own.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertEquals("1,1", own.headers().firstValue("X-RateLimit-Usage").orElseThrow());
        assertEquals(404, activity(70, bob).statusCode());
        assertEquals(401, activity(70, "not-a-token").statusCode());
    }

    @Test
    void pastTheLimitTheAnswerIs429AndTheRequestStillCounts() throws Exception {
        strava.rateLimits(2, 1000);

        activity(1, "x");
        activity(1, "x");
        HttpResponse<String> third = activity(1, "x");

        assertEquals(429, third.statusCode());
        assertEquals("3,3", third.headers().firstValue("X-RateLimit-Usage").orElseThrow());
    }

    @Test
    void aSubscriptionIsCreatedOnlyForACallbackThatEchoesTheChallenge() throws Exception {
        Javalin callback = Javalin.create(cfg -> cfg.routes.get("/good", ctx -> ctx.json(java.util.Map.of(
                "hub.challenge", ctx.queryParam("hub.challenge")))).get("/bad", ctx -> ctx.result("nope")))
                .start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + callback.port();
            assertEquals(400, subscribe(base + "/bad").statusCode());
            assertTrue(strava.callbackUrl().isEmpty());

            assertEquals(201, subscribe(base + "/good").statusCode());
            assertEquals(URI.create(base + "/good"), strava.callbackUrl().orElseThrow());
        } finally {
            callback.stop();
        }
    }

    private HttpResponse<String> token(String form) throws Exception {
        return post(strava.oauthUrl() + "token", form + "&client_id=" + FakeStrava.CLIENT_ID + "&client_secret="
                + FakeStrava.CLIENT_SECRET);
    }

    private HttpResponse<String> subscribe(String callbackUrl) throws Exception {
        return post(strava.apiUrl() + "push_subscriptions", "client_id=" + FakeStrava.CLIENT_ID + "&client_secret="
                + FakeStrava.CLIENT_SECRET + "&verify_token=v&callback_url=" + FakeStrava.encode(callbackUrl));
    }

    private HttpResponse<String> activity(long id, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(strava.apiUrl() + "activities/" + id))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> res) throws Exception {
        return JSON.readTree(res.body());
    }
}
