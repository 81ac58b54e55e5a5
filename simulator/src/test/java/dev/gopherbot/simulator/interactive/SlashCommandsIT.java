package dev.gopherbot.simulator.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.simulator.TwoApps;
import dev.gopherbot.simulator.events.RecordingGateway;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slash commands typed on the page: the signed form, the app's answers, and what people see of them. */
class SlashCommandsIT {
    private static final String COMMAND = "{\"user\":\"U0ALICE\",\"channel\":\"C0GENERAL\",\"text\":\"%s\"}";
    private final TwoApps apps = new TwoApps();

    @AfterEach
    void stop() {
        apps.close();
    }

    @Test
    void aCommandIsASignedFormToTheOwningAppAndItsBlockKitAnswerIsOnlyForThePerson() {
        apps.gateway.answerJson("{\"response_type\":\"ephemeral\",\"text\":\"Noted\",\"blocks\":[{\"type\":"
                + "\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*Noted*: fixed the docs\"}}]}");

        apps.post("/sim/commands", COMMAND.formatted("/ossi new fixed the docs & more"));

        RecordingGateway.Request form = apps.gateway.requests("/slack/ossi/commands").getFirst();
        assertEquals("/ossi", form.form("command"));
        assertEquals("new fixed the docs &amp; more", form.form("text"), "Slack escapes &, < and >");
        assertEquals("U0ALICE", form.form("user_id"));
        assertEquals("C0GENERAL", form.form("channel_id"));
        assertEquals("A0OSSI", form.form("api_app_id"));
        assertFalse(form.form("trigger_id").isEmpty());
        assertTrue(form.form("response_url").startsWith("http://127.0.0.1:" + apps.simulator.port() + "/responses/"));
        assertTrue(form.header("X-Slack-Signature").startsWith("v0="));
        JsonNode answer = last(apps.messages("U0ALICE", "C0GENERAL"));
        assertEquals("U0OSSI", answer.path("user").asText());
        assertTrue(answer.path("ephemeral").asBoolean());
        assertEquals("*Noted*: fixed the docs", answer.at("/blocks/0/text/text").asText());
        assertEquals(0, apps.messages("U0BOB", "C0GENERAL").size(), "bob sees nothing");
        assertTrue(apps.gateway.requests("/slack/gopherbot/commands").isEmpty());
    }

    @Test
    void postsToTheResponseUrlAreShownAndReplaceOriginalReplacesTheLastOne() {
        apps.post("/sim/commands", COMMAND.formatted("/gopher define channel"));
        String url = apps.gateway.requests("/slack/gopherbot/commands").getFirst().form("response_url");

        assertEquals(200, apps.respond(url, "{\"text\":\"Looking it up…\"}"));
        assertEquals(200, apps.respond(url, "{\"replace_original\":true,\"text\":\"A channel is a pipe\"}"));
        assertEquals(200, apps.respond(url, "{\"response_type\":\"in_channel\",\"text\":\"Shared with everyone\"}"));

        JsonNode alice = apps.messages("U0ALICE", "C0GENERAL");
        assertEquals(2, alice.size());
        assertEquals("A channel is a pipe", alice.get(0).path("text").asText(), "the first answer, replaced");
        assertTrue(alice.get(0).path("ephemeral").asBoolean());
        assertEquals("Shared with everyone", last(apps.messages("U0BOB", "C0GENERAL")).path("text").asText());
    }

    @Test
    void anUnknownCommandAndAnAppThatDoesNotAnswerInTimeAreExplainedBySlackbot() {
        apps.post("/sim/commands", COMMAND.formatted("/nope"));
        apps.gateway.answerLate(Duration.ofSeconds(2));
        apps.post("/sim/commands", COMMAND.formatted("/ossi list"));
        apps.gateway.answer(503);
        apps.post("/sim/commands", COMMAND.formatted("/ossi list"));

        JsonNode alice = apps.messages("U0ALICE", "C0GENERAL");
        assertEquals(3, alice.size());
        assertTrue(alice.findValuesAsText("user").stream().allMatch("USLACKBOT"::equals));
        assertTrue(alice.get(0).path("text").asText().contains("`/nope` is not a valid command"));
        assertEquals("`/ossi` failed with the error \"operation_timeout\"", alice.get(1).path("text").asText());
        assertEquals("`/ossi` failed with the error \"http_service_error (HTTP 503)\"",
                alice.get(2).path("text").asText());
        assertEquals(2, apps.gateway.requests("/slack/ossi/commands").size(), "Slack does not retry a command");
    }

    @Test
    void anInChannelAnswerShowsTheCommandAboveItForEveryone() {
        apps.gateway.answerJson("{\"response_type\":\"in_channel\",\"text\":\"Report posted\"}");

        apps.post("/sim/commands", COMMAND.formatted("/ossi report 2025-03"));

        JsonNode bob = apps.messages("U0BOB", "C0GENERAL");
        assertEquals("/ossi report 2025-03", bob.get(0).path("text").asText());
        assertEquals("U0ALICE", bob.get(0).path("user").asText());
        assertEquals("Report posted", bob.get(1).path("text").asText());
        assertEquals(2, bob.size());
    }

    private static JsonNode last(JsonNode messages) {
        return messages.get(messages.size() - 1);
    }
}
