package dev.gopherbot.apps.ossi.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The few Block Kit shapes the app uses, as small JSON builders (one style for every view of the app). */
public final class Blocks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Blocks() {
    }

    public static ArrayNode array() {
        return JSON.createArrayNode();
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ObjectNode section(String mrkdwn) {
        ObjectNode block = object().put("type", "section");
        block.set("text", mrkdwn(mrkdwn));
        return block;
    }

    public static ObjectNode context(String mrkdwn) {
        ObjectNode block = object().put("type", "context");
        block.putArray("elements").add(mrkdwn(mrkdwn));
        return block;
    }

    public static ObjectNode button(String actionId, String text, String value, String style) {
        ObjectNode button = object().put("type", "button").put("action_id", actionId).put("value", value);
        button.set("text", plain(text));
        if (style != null) {
            button.put("style", style);
        }
        return button;
    }

    public static ObjectNode plain(String text) {
        return object().put("type", "plain_text").put("text", text);
    }

    public static ObjectNode mrkdwn(String text) {
        return object().put("type", "mrkdwn").put("text", text);
    }

    /** "on Oct 24 at 10:02": Slack shows it in each reader's time zone; the fallback is UTC. */
    public static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^on {date_short_pretty} at {time}|on " + at + ">";
    }
}
