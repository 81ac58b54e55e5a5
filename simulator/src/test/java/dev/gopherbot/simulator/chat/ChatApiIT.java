package dev.gopherbot.simulator.chat;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.methods.MethodsClient;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.slack.SlackClients;
import dev.gopherbot.common.slack.SlackSettings;
import dev.gopherbot.simulator.Simulator;
import dev.gopherbot.simulator.SimulatorSettings;
import dev.gopherbot.simulator.events.DeliveryPolicy;
import dev.gopherbot.simulator.events.RecordingGateway;
import dev.gopherbot.testkit.slack.FakeSlack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "xoxb-simulated";

    private final RecordingGateway gateway = new RecordingGateway();
    private final Simulator simulator = Simulator.start(SimulatorSettings.oneApp("gopherbot", new Secret(TOKEN),
            new Secret("signing-secret"), gateway.base(),
            new DeliveryPolicy(Duration.ofSeconds(1), List.of(Duration.ZERO))));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        simulator.close();
        gateway.close();
    }

    @Test
    void aMessagePostedOnThePageReachesTheGatewayAsTheBotWouldSeeIt() {
        JsonNode posted = post("/sim/messages", "{\"user\":\"U0ALICE\",\"channel\":\"C0GENERAL\","
                + "\"text\":\"@gopherbot help\"}");

        JsonNode event = awaitEvent("message").path("event");
        assertEquals("<@" + FakeSlack.BOT_USER_ID + "> help", event.path("text").asText());
        assertEquals(posted.path("ts").asText(), event.path("ts").asText(), "the bot reacts to the page's message");
        assertEquals("channel", event.path("channel_type").asText());
        assertEquals("U0ALICE", event.path("user").asText());
    }

    @Test
    void aReplyInAThreadCarriesTheThreadTs() {
        String parent = post("/sim/messages", "{\"user\":\"U0ALICE\",\"channel\":\"C0GENERAL\",\"text\":\"q\"}")
                .path("ts").asText();
        post("/sim/messages", "{\"user\":\"U0BOB\",\"channel\":\"C0GENERAL\",\"text\":\"a\",\"threadTs\":\""
                + parent + "\"}");

        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.requests().size() == 2);
        assertTrue(gateway.requests().stream().anyMatch(r -> r.json().path("event").path("thread_ts").asText()
                .equals(parent)));
    }

    @Test
    void aDirectMessageToTheBotIsAnImEvent() {
        String dm = post("/sim/dms", "{\"user\":\"U0BOB\"}").path("channel").asText();
        post("/sim/messages", "{\"user\":\"U0BOB\",\"channel\":\"" + dm + "\",\"text\":\"help\"}");

        JsonNode event = awaitEvent("message").path("event");
        assertEquals("im", event.path("channel_type").asText());
        assertEquals(dm, event.path("channel").asText());
    }

    @Test
    void joiningTheWorkspaceCreatesAPersonAndSendsTeamJoin() {
        JsonNode user = post("/sim/users", "{}");
        String id = user.path("id").asText();

        JsonNode event = awaitEvent("team_join").path("event");
        assertEquals(id, event.path("user").path("id").asText());
        assertTrue(simulator.workspace().user(id).isPresent(), "users.info can find the new person");
        assertEquals(id, awaitEvent("member_joined_channel").path("event").path("user").asText(),
                "Slack puts a new person in the default channel");
    }

    @Test
    void joiningAChannelSendsMemberJoinedChannelOnce() {
        String id = post("/sim/users", "{}").path("id").asText();
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.requests().size() == 2);

        JsonNode first = post("/sim/channels/C0NEWBIES/join", "{\"user\":\"" + id + "\"}");
        JsonNode again = post("/sim/channels/C0NEWBIES/join", "{\"user\":\"" + id + "\"}");

        assertTrue(first.path("joined").asBoolean());
        assertFalse(again.path("joined").asBoolean());
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.requests().size() == 3);
        JsonNode event = gateway.requests().get(2).json().path("event");
        assertEquals("member_joined_channel", event.path("type").asText());
        assertEquals("C0NEWBIES", event.path("channel").asText());
        assertEquals(id, event.path("user").asText());
    }

    @Test
    void aReactionFromThePageIsShownOnceAndSentAsReactionAdded() {
        String ts = post("/sim/messages", "{\"user\":\"U0ALICE\",\"channel\":\"C0GENERAL\",\"text\":\"ship it\"}")
                .path("ts").asText();
        String reaction = "{\"user\":\"U0BOB\",\"channel\":\"C0GENERAL\",\"ts\":\"" + ts + "\",\"name\":\":tada:\"}";

        assertTrue(post("/sim/reactions", reaction).path("added").asBoolean());
        assertFalse(post("/sim/reactions", reaction).path("added").asBoolean(), "Slack keeps one per person");

        JsonNode event = awaitEvent("reaction_added").path("event");
        assertEquals("tada", event.path("reaction").asText());
        assertEquals("U0BOB", event.path("user").asText());
        assertEquals(ts, event.path("item").path("ts").asText());
        assertEquals(List.of("U0BOB"), simulator.workspace().message("C0GENERAL", ts).orElseThrow().reactions.get("tada"));
    }

    @Test
    void aPersonMustJoinAChannelBeforePostingInIt() {
        String id = post("/sim/users", "{}").path("id").asText();

        HttpResponse<String> res = send("/sim/messages", "{\"user\":\"" + id + "\",\"channel\":\"C0NEWBIES\","
                + "\"text\":\"hi\"}");

        assertEquals(400, res.statusCode());
        assertTrue(res.body().contains("join #newbies"), res.body());
    }

    @Test
    void badInputIsRefusedWith400() {
        assertEquals(400, send("/sim/messages", "{\"user\":\"U0NOBODY\",\"channel\":\"C0GENERAL\",\"text\":\"x\"}")
                .statusCode());
        assertEquals(400, send("/sim/messages", "{\"user\":\"U0ALICE\",\"channel\":\"C0GENERAL\",\"text\":\" \"}")
                .statusCode());
        assertEquals(400, send("/sim/messages", "not json").statusCode());
        assertEquals(404, send("/sim/messages", "{\"user\":\"U0ALICE\",\"channel\":\"C0NOPE\",\"text\":\"x\"}")
                .statusCode());
        assertEquals(0, gateway.requests().size());
    }

    @Test
    void whatTheBotPostsThroughTheWebApiShowsOnThePageAndEphemeralsOnlyForTheirAddressee() throws Exception {
        MethodsClient slack = SlackClients.methods(new SlackSettings(new Secret(TOKEN), URI.create(simulator.apiUrl())));
        String ts = slack.chatPostMessage(r -> r.channel("C0GENERAL").text("Hello :wave:")).getTs();
        assertTrue(slack.reactionsAdd(r -> r.channel("C0GENERAL").timestamp(ts).name("gopher")).isOk());
        assertTrue(slack.chatPostEphemeral(r -> r.channel("C0GENERAL").user("U0ALICE").text("psst")).isOk());

        JsonNode alice = messages(state("U0ALICE"), "C0GENERAL");
        JsonNode bob = messages(state("U0BOB"), "C0GENERAL");

        assertEquals(2, alice.size());
        assertEquals("gopher", alice.get(0).path("reactions").get(0).path("name").asText());
        assertTrue(alice.get(1).path("ephemeral").asBoolean());
        assertEquals(1, bob.size(), "bob does not see alice's ephemeral message");
    }

    @Test
    void theBotCountsAsOnlineOnceItHasCalledAuthTest() throws Exception {
        assertEquals(503, get("/sim/bot-online").statusCode());

        MethodsClient slack = SlackClients.methods(new SlackSettings(new Secret(TOKEN), URI.create(simulator.apiUrl())));
        assertTrue(slack.authTest(r -> r).isOk());

        assertEquals(200, get("/sim/bot-online").statusCode());
        assertTrue(state("U0ALICE").path("botOnline").asBoolean());
    }

    @Test
    void theWebApiRefusesAWrongToken() throws Exception {
        MethodsClient wrong = SlackClients.methods(new SlackSettings(new Secret("xoxb-wrong"),
                URI.create(simulator.apiUrl())));

        assertEquals("invalid_auth", wrong.authTest(r -> r).getError());
    }

    @Test
    void aWaitingPageIsAnsweredAsSoonAsTheBotPosts() throws Exception {
        String version = state("U0ALICE").path("version").asText();
        CompletableFuture<HttpResponse<String>> poll = http.sendAsync(
                HttpRequest.newBuilder(uri("/sim/state?user=U0ALICE&since=" + version)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(poll.isDone(), "nothing changed yet: the poll waits");

        MethodsClient slack = SlackClients.methods(new SlackSettings(new Secret(TOKEN), URI.create(simulator.apiUrl())));
        slack.chatPostMessage(r -> r.channel("C0GENERAL").text("news"));

        JsonNode answer = JSON.readTree(poll.get(5, java.util.concurrent.TimeUnit.SECONDS).body());
        assertEquals("news", messages(answer, "C0GENERAL").get(0).path("text").asText());
    }

    @Test
    void thePageIsServedWithItsScriptsAndNothingElse() {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Join the workspace as a new user"));
        for (String asset : List.of("app.js", "app.css", "emoji.js", "mrkdwn.js", "blocks.js")) {
            assertEquals(200, get("/assets/" + asset).statusCode(), asset);
        }
        assertEquals(404, get("/assets/..%2Fpage%2Findex.html").statusCode());
        assertEquals(404, get("/assets/SimulatorMain.class").statusCode());
    }

    private JsonNode awaitEvent(String type) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> gateway.requests().stream()
                .map(RecordingGateway.Request::json)
                .filter(j -> j.path("event").path("type").asText().equals(type)).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }

    private JsonNode state(String user) throws Exception {
        return JSON.readTree(get("/sim/state?user=" + user).body());
    }

    private static JsonNode messages(JsonNode state, String channel) {
        return state.path("messages").path(channel);
    }

    private JsonNode post(String path, String body) {
        HttpResponse<String> res = send(path, body);
        assertEquals(200, res.statusCode(), res.body());
        try {
            return JSON.readTree(res.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> send(String path, String body) {
        return exchange(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri() + " failed", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + simulator.port() + path);
    }
}
