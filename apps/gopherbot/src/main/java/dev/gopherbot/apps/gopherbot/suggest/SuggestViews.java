package dev.gopherbot.apps.gopherbot.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.glossary.Term;
import java.time.Instant;

/** The Block Kit of the workflow: the modal, the moderators' card before and after a decision, and the DMs. */
final class SuggestViews {
    static final String APPROVE = "suggest_approve";
    static final String DECLINE = "suggest_decline";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuggestViews() {
    }

    /** The form; {@code term} prefills the term ({@code /gopher suggest goroutine leak}). */
    static String modal(String term) {
        ObjectNode view = JSON.createObjectNode().put("type", "modal").put("callback_id", SuggestForm.CALLBACK_ID);
        view.set("title", plain("Suggest a glossary term"));
        view.set("submit", plain("Suggest"));
        view.set("close", plain("Cancel"));
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode termInput = input(blocks, SuggestForm.TERM, "Term", false, SuggestForm.MAX_TERM,
                "The name people look up, e.g. goroutine leak");
        if (!term.isBlank()) {
            ((ObjectNode) termInput.get("element")).put("initial_value", term.strip());
        }
        input(blocks, SuggestForm.ALIASES, "Aliases", true, SuggestForm.MAX_ALIASES,
                "Other names that should find it, separated by commas");
        ObjectNode definition = input(blocks, SuggestForm.DEFINITION, "Definition", false,
                SuggestForm.MAX_DEFINITION, "It reads after \"`term` is\": start with a, an or the");
        ((ObjectNode) definition.get("element")).put("multiline", true);
        input(blocks, SuggestForm.LINK, "Link", true, SuggestForm.MAX_LINK,
                "An authoritative source, https://…");
        return view.toString();
    }

    /** The card posted to the moderators, with Approve and Decline. */
    static String pendingCard(Suggestion s) {
        ArrayNode blocks = JSON.createArrayNode();
        blocks.add(section(summary(s)));
        ArrayNode buttons = blocks.addObject().put("type", "actions").put("block_id", "suggest_decision")
                .putArray("elements");
        buttons.addObject().put("type", "button").put("action_id", APPROVE).put("value", s.id())
                .put("style", "primary").set("text", plain("Approve"));
        ObjectNode decline = buttons.addObject().put("type", "button").put("action_id", DECLINE)
                .put("value", s.id()).put("style", "danger");
        decline.set("text", plain("Decline"));
        blocks.add(context("Approved terms answer `define` at once, marked as community-approved, until a "
                + "maintainer adds them to glossary.yaml (`java -jar consumer.jar glossary-suggestions`)."));
        return blocks.toString();
    }

    /** The card once decided: who, when, and no buttons left to click. */
    static String decidedCard(Suggestion s) {
        ArrayNode blocks = JSON.createArrayNode();
        blocks.add(section(summary(s)));
        blocks.add(context(decision(s)));
        return blocks.toString();
    }

    static String cardText(Suggestion s) {
        return "Glossary suggestion from <@" + s.suggestedBy() + ">: " + Markup.escape(s.term().term());
    }

    static String decidedText(Suggestion s) {
        return cardText(s) + " (" + s.status().name().toLowerCase() + ")";
    }

    /** "Approved by @mod on Nov 24 at 10:02": Slack shows the date in each reader's time zone. */
    static String decision(Suggestion s) {
        String verb = s.status() == Status.APPROVED ? ":white_check_mark: Approved" : ":x: Declined";
        return verb + " by <@" + s.decidedBy().orElse("?") + ">" + s.decidedAt().map(SuggestViews::date).orElse("");
    }

    static String thanks(Term term) {
        return "Thanks! Your suggestion `" + Markup.escape(term.term()) + "` is with the moderators; "
                + "I'll tell you what they decide.";
    }

    static String outcome(Suggestion s) {
        String name = "`" + Markup.escape(s.term().term()) + "`";
        return s.status() == Status.APPROVED
                ? "Your glossary suggestion " + name + " was approved by <@" + s.decidedBy().orElse("?") + ">: "
                + "`/gopher define " + Markup.escape(s.term().term()) + "` answers it now. Thank you!"
                : "Your glossary suggestion " + name + " was declined by <@" + s.decidedBy().orElse("?") + ">. "
                + "Ask in the moderators' channel if you would like to know why.";
    }

    private static String summary(Suggestion s) {
        Term t = s.term();
        StringBuilder text = new StringBuilder("*Glossary suggestion* from <@").append(s.suggestedBy())
                .append(">\n*`").append(Markup.escape(t.term())).append("`*");
        if (!t.aliases().isEmpty()) {
            text.append(" (also ").append(String.join(", ", t.aliases().stream()
                    .map(a -> "`" + Markup.escape(a) + "`").toList())).append(")");
        }
        text.append(" is ").append(Markup.escape(t.definition()));
        t.links().forEach(link -> text.append("\n").append(Markup.escape(link)));
        return text.toString();
    }

    private static String date(Instant at) {
        return " <!date^" + at.getEpochSecond() + "^on {date_short_pretty} at {time}|at " + at + ">";
    }

    private static ObjectNode input(ArrayNode blocks, String id, String label, boolean optional, int maxLength,
                                    String hint) {
        ObjectNode block = blocks.addObject().put("type", "input").put("block_id", id).put("optional", optional);
        block.set("label", plain(label));
        block.set("hint", plain(hint));
        block.putObject("element").put("type", "plain_text_input").put("action_id", id).put("max_length", maxLength);
        return block;
    }

    private static ObjectNode section(String mrkdwn) {
        ObjectNode block = JSON.createObjectNode().put("type", "section");
        block.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
        return block;
    }

    private static ObjectNode context(String mrkdwn) {
        ObjectNode block = JSON.createObjectNode().put("type", "context");
        block.putArray("elements").addObject().put("type", "mrkdwn").put("text", mrkdwn);
        return block;
    }

    private static ObjectNode plain(String text) {
        return JSON.createObjectNode().put("type", "plain_text").put("text", text);
    }
}
