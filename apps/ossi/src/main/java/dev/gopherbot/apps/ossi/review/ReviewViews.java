package dev.gopherbot.apps.ossi.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.Status;
import dev.gopherbot.apps.ossi.slack.Blocks;

/** The managers' card before and after a decision, the submitter's outcome and the public announcement. */
public final class ReviewViews {
    public static final String ACCEPT = "ossi_accept";
    public static final String DECLINE = "ossi_decline";

    private ReviewViews() {
    }

    /** The card posted to the managers, with Accept and Decline; the buttons carry the contribution's id. */
    public static String pendingCard(Contribution c) {
        ArrayNode blocks = Blocks.array();
        blocks.add(Blocks.section(summary(c)));
        ArrayNode buttons = blocks.addObject().put("type", "actions").put("block_id", "ossi_decision")
                .putArray("elements");
        String id = Long.toString(c.id());
        buttons.add(Blocks.button(ACCEPT, "Accept", id, "primary"));
        buttons.add(Blocks.button(DECLINE, "Decline", id, "danger"));
        blocks.add(Blocks.context("Decline only bogus or invalid submissions; the submitter is told either way."));
        return blocks.toString();
    }

    /** The card once decided: who and when, and no buttons left. */
    public static String decidedCard(Contribution c) {
        ArrayNode blocks = Blocks.array();
        blocks.add(Blocks.section(summary(c)));
        blocks.add(Blocks.context(decision(c)));
        return blocks.toString();
    }

    public static String cardText(Contribution c) {
        return "Open-source contribution from " + Markup.escape(c.submitterName()) + ": "
                + Markup.escape(c.description());
    }

    static String decidedText(Contribution c) {
        return cardText(c) + " (" + c.status().verb() + ")";
    }

    /** ":white_check_mark: Accepted by @x on Oct 24 at 10:02". */
    static String decision(Contribution c) {
        String verb = c.status() == Status.ACCEPTED ? ":white_check_mark: Accepted" : ":x: Declined";
        return verb + " by <@" + c.decidedBy().orElse("?") + ">" + c.decidedAt().map(at -> " " + Blocks.date(at))
                .orElse("");
    }

    /** What a manager clicking a decided card sees, alone: "Already accepted by @x on …". */
    static String alreadyDecided(Contribution c) {
        return "Already " + c.status().verb() + " by <@" + c.decidedBy().orElse("?") + ">"
                + c.decidedAt().map(at -> " " + Blocks.date(at)).orElse("") + ".";
    }

    static String outcome(Contribution c, String publicChannel) {
        String what = "Your contribution _" + Markup.escape(c.description()) + "_ (" + c.month() + ")";
        return c.status() == Status.ACCEPTED
                ? what + " was accepted by <@" + c.decidedBy().orElse("?") + "> and announced in <#" + publicChannel
                + ">. Thank you!"
                : what + " was declined by <@" + c.decidedBy().orElse("?") + ">. Ask them if you would like to "
                + "know why.";
    }

    static String announcement(Contribution c) {
        return ":tada: <@" + c.submitterId() + "> contributed to open source: " + Markup.escape(c.description())
                + " " + Markup.escape(c.url()) + " (size " + c.size() + ", " + c.month() + ")";
    }

    private static String summary(Contribution c) {
        return "*Open-source contribution* from <@" + c.submitterId() + "> (" + Markup.escape(c.submitterName())
                + ")\n>" + Markup.escape(c.description()).replace("\n", "\n>") + "\n" + Markup.escape(c.url())
                + "\n*Size* " + c.size() + " (" + c.size().label().toLowerCase(java.util.Locale.ROOT)
                + ")   *Month* " + c.month();
    }
}
