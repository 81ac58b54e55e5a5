package dev.gopherbot.app.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What is posted to a response URL, as Slack reads it. */
class ResponseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEphemeralAnswerAddsAMessageOnlyTheUserSees() throws Exception {
        JsonNode body = JSON.readTree(Response.ephemeral("only you <3").json());

        assertEquals("only you <3", body.path("text").asText());
        assertEquals("ephemeral", body.path("response_type").asText());
        assertFalse(body.has("replace_original"));
        assertFalse(body.has("blocks"));
    }

    @Test
    void anInChannelAnswerCanReplaceTheClickedMessageWithBlocks() throws Exception {
        JsonNode blocks = JSON.readTree("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"done\"}}]");

        JsonNode body = JSON.readTree(Response.inChannel("done").withBlocks(blocks).replacingOriginal().json());

        assertEquals("in_channel", body.path("response_type").asText());
        assertEquals(true, body.path("replace_original").asBoolean());
        assertEquals(blocks, body.path("blocks"));
    }
}
