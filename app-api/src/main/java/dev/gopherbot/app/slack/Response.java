package dev.gopherbot.app.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A message sent to a {@code response_url}: only the user sees it ({@link #ephemeral}) or the whole channel
 * ({@link #inChannel}); it can replace the message that was clicked instead of adding one.
 *
 * @param blocks Block Kit blocks as a JSON array, or null for text only (the text is then the message)
 */
public record Response(String text, JsonNode blocks, boolean inChannel, boolean replaceOriginal) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Response {
        Objects.requireNonNull(text, "text");
    }

    public static Response ephemeral(String text) {
        return new Response(text, null, false, false);
    }

    public static Response inChannel(String text) {
        return new Response(text, null, true, false);
    }

    public Response withBlocks(JsonNode blocksArray) {
        return new Response(text, blocksArray, inChannel, replaceOriginal);
    }

    /** Replaces the message the user clicked (Slack keeps its visibility: ephemeral stays ephemeral). */
    public Response replacingOriginal() {
        return new Response(text, blocks, inChannel, true);
    }

    /** The JSON Slack expects at a response URL. */
    public String json() {
        ObjectNode body = JSON.createObjectNode().put("text", text)
                .put("response_type", inChannel ? "in_channel" : "ephemeral");
        if (replaceOriginal) {
            body.put("replace_original", true);
        }
        if (blocks != null) {
            body.set("blocks", blocks);
        }
        return body.toString();
    }
}
