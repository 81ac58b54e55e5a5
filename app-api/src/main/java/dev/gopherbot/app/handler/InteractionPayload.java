package dev.gopherbot.app.handler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.common.stream.StreamEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One interaction, read from an {@code interaction} stream entry: the JSON in the form's {@code payload} field.
 *
 * @param type         {@code block_actions}, {@code view_submission}, {@code view_closed}, {@code shortcut} or
 *                     {@code message_action}
 * @param triggerId    empty for {@code view_closed}
 * @param responseUrl  where to answer a click on a message; empty when Slack sent none (modals, global shortcuts)
 * @param callbackId   the modal's {@code callback_id} (submissions, closings) or the shortcut's
 * @param view         the modal, for submissions and closings; a missing node otherwise
 * @param channelId    the channel of the message clicked, or empty
 * @param messageTs    the ts of the message clicked, or empty
 * @param receivedAtMs when the gateway received it
 * @param raw          the whole payload, for anything the fields above do not cover
 */
public record InteractionPayload(String type, String userId, String triggerId, String responseUrl,
                                 String callbackId, List<Action> actions, JsonNode view, String channelId,
                                 String messageTs, long receivedAtMs, JsonNode raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String BLOCK_ACTIONS = "block_actions";
    public static final String VIEW_SUBMISSION = "view_submission";
    public static final String VIEW_CLOSED = "view_closed";
    public static final String SHORTCUT = "shortcut";
    public static final String MESSAGE_ACTION = "message_action";

    /** One element a user acted on (a button): its {@code action_id} routes it, its {@code value} is ours. */
    public record Action(String actionId, String blockId, String value) {
    }

    public InteractionPayload {
        actions = List.copyOf(actions);
    }

    /** The first (for buttons, the only) action. */
    public Action action() {
        if (actions.isEmpty()) {
            throw new IllegalStateException(type + " payload has no actions");
        }
        return actions.getFirst();
    }

    public static InteractionPayload read(StreamEntry entry) throws UnreadableEntry {
        JsonNode p;
        try {
            String json = FormBody.parse(entry.body()).get("payload");
            p = json == null ? null : JSON.readTree(json);
        } catch (FormBody.Malformed e) {
            throw new UnreadableEntry("interaction body: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new UnreadableEntry("interaction payload is not JSON: " + e.getOriginalMessage());
        }
        if (p == null || !p.isObject()) {
            throw new UnreadableEntry("interaction body has no payload object");
        }
        String type = text(p, "type");
        String callbackId = type.equals(SHORTCUT) || type.equals(MESSAGE_ACTION) ? text(p, "callback_id")
                : text(p.path("view"), "callback_id");
        String channel = text(p.path("container"), "channel_id");
        return new InteractionPayload(type, text(p.path("user"), "id"), text(p, "trigger_id"),
                text(p, "response_url"), callbackId, actions(p), p.path("view"),
                channel.isEmpty() ? text(p.path("channel"), "id") : channel,
                text(p.path("container"), "message_ts"), entry.receivedAt(), p);
    }

    private static List<Action> actions(JsonNode p) {
        List<Action> actions = new ArrayList<>();
        for (JsonNode a : p.path("actions")) {
            actions.add(new Action(text(a, "action_id"), text(a, "block_id"), text(a, "value")));
        }
        return actions;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : "";
    }
}
