package dev.gopherbot.apps.ossi.submit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.Months;
import dev.gopherbot.apps.ossi.contribution.Size;
import dev.gopherbot.apps.ossi.slack.Blocks;
import java.time.YearMonth;

/** The "new contribution" modal and the submitter's receipt. */
final class SubmitViews {
    private SubmitViews() {
    }

    /** The form; {@code description} prefills it ({@code /ossi new Fixed a leak in …}), {@code month} is this month. */
    static String modal(String description, YearMonth month) {
        ObjectNode view = Blocks.object().put("type", "modal").put("callback_id", SubmissionForm.CALLBACK_ID);
        view.set("title", Blocks.plain("New contribution"));
        view.set("submit", Blocks.plain("Submit"));
        view.set("close", Blocks.plain("Cancel"));
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode text = input(blocks, SubmissionForm.DESCRIPTION, "What did you contribute?",
                "One or two sentences for the announcement, e.g. Fixed a race in the HTTP client's retries",
                textInput(SubmissionForm.DESCRIPTION, SubmissionForm.MAX_DESCRIPTION).put("multiline", true));
        String prefill = description.strip();
        if (!prefill.isEmpty()) {
            ((ObjectNode) text.get("element")).put("initial_value", prefill.length() > SubmissionForm.MAX_DESCRIPTION
                    ? prefill.substring(0, SubmissionForm.MAX_DESCRIPTION) : prefill);
        }
        input(blocks, SubmissionForm.URL, "Link", "The pull request, issue, release or project: https://…",
                textInput(SubmissionForm.URL, SubmissionForm.MAX_URL));
        ObjectNode sizes = Blocks.object().put("type", "radio_buttons").put("action_id", SubmissionForm.SIZE);
        ArrayNode options = sizes.putArray("options");
        for (Size size : Size.values()) {
            ObjectNode option = options.addObject().put("value", size.name());
            option.set("text", Blocks.plain(size.name() + ": " + size.label()));
            option.set("description", Blocks.plain(size.meaning()));
        }
        input(blocks, SubmissionForm.SIZE, "Size", "Your own judgement; the managers may ask", sizes);
        ObjectNode monthInput = textInput(SubmissionForm.MONTH, Months.FORMAT.length()).put("initial_value",
                month.toString());
        input(blocks, SubmissionForm.MONTH, "Month", Months.FORMAT + ": the month you made it (this one or earlier)",
                monthInput);
        return view.toString();
    }

    static String receipt(Contribution c) {
        return "Thanks! Your contribution _" + Markup.escape(c.description()) + "_ (" + c.month() + ", size "
                + c.size() + ") is registered and waiting for a manager's check. I'll tell you what they decide.";
    }

    private static ObjectNode textInput(String id, int maxLength) {
        return Blocks.object().put("type", "plain_text_input").put("action_id", id).put("max_length", maxLength);
    }

    private static ObjectNode input(ArrayNode blocks, String id, String label, String hint, ObjectNode element) {
        ObjectNode block = blocks.addObject().put("type", "input").put("block_id", id);
        block.set("label", Blocks.plain(label));
        block.set("hint", Blocks.plain(hint));
        block.set("element", element);
        return block;
    }
}
