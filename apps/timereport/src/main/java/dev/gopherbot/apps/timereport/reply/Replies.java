package dev.gopherbot.apps.timereport.reply;

import dev.gopherbot.app.slack.InteractiveResponder;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.common.slack.SlackCallFailed;
import java.util.function.Consumer;

/**
 * Answers through the {@code response_url} of the command or click, or by DM when Slack no longer takes answers
 * there: a response URL lasts 30 minutes and five uses, and an outcome delivered after a long outage or a requeue from
 * the dead letters comes later than that. A transient failure is left to the worker, which retries the handler.
 */
public final class Replies {
    private Replies() {
    }

    /** @param respond the context's {@code respond}; the DM carries {@code response}'s text (and no blocks) */
    public static void respondOrDm(Consumer<Response> respond, InteractiveResponder slack, String user,
                                   Response response) {
        try {
            respond.accept(response);
        } catch (SlackCallFailed e) {
            if (e.kind() != SlackCallFailed.Kind.PERMANENT) {
                throw e;
            }
            slack.dm(user, response.text());
        }
    }

    /** A passing note ("Saving…"): if the response URL is spent, it is not worth a DM of its own. */
    public static void note(Consumer<Response> respond, Response response) {
        try {
            respond.accept(response);
        } catch (SlackCallFailed e) {
            if (e.kind() != SlackCallFailed.Kind.PERMANENT) {
                throw e;
            }
        }
    }
}
