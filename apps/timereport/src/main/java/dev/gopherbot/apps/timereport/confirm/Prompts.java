package dev.gopherbot.apps.timereport.confirm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.apps.timereport.command.Summaries;

/**
 * The confirmation prompt: the change as a question, and Confirm / Cancel buttons that both carry the change
 * ({@link PendingActions}). Only the person who typed the command sees it (ephemeral).
 */
public final class Prompts {
    public static final String CONFIRM = "timereport_confirm";
    public static final String CANCEL = "timereport_cancel";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Prompts() {
    }

    public static Response prompt(PendingAction pending) {
        String question = Summaries.question(pending.action());
        String value = PendingActions.encode(pending);
        ArrayNode blocks = JSON.createArrayNode();
        ObjectNode section = blocks.addObject().put("type", "section").put("block_id", "timereport_question");
        section.putObject("text").put("type", "mrkdwn").put("text", question);
        ArrayNode buttons = blocks.addObject().put("type", "actions").put("block_id", "timereport_decision")
                .putArray("elements");
        button(buttons, CONFIRM, "Confirm", value).put("style", "primary");
        button(buttons, CANCEL, "Cancel", value);
        return Response.ephemeral(question).withBlocks(blocks);
    }

    private static ObjectNode button(ArrayNode buttons, String actionId, String label, String value) {
        ObjectNode button = buttons.addObject().put("type", "button").put("action_id", actionId).put("value", value);
        button.putObject("text").put("type", "plain_text").put("text", label);
        return button;
    }
}
