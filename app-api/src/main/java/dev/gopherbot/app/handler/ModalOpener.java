package dev.gopherbot.app.handler;

import dev.gopherbot.app.slack.InteractiveResponder;
import dev.gopherbot.common.slack.SlackCallFailed;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Opens a modal with a trigger that lives 3 s, and never fails silently: when the trigger is already too old, or
 * Slack answers {@code expired_trigger_id}, or Slack fails and retrying could only be too late, the user is told how
 * to try again, and the handler is done (a retry could never succeed). When Slack refuses the view itself, the user
 * is told too, and the failure goes to the worker to be logged.
 */
final class ModalOpener {
    static final String EXPIRED = "expired_trigger_id";

    private ModalOpener() {
    }

    static ModalOutcome open(InteractiveResponder responder, Clock clock, String triggerId, long receivedAtMs,
                             String viewJson, String whatToRepeat, Consumer<String> tell) {
        if (Triggers.expired(receivedAtMs, clock)) {
            tell.accept(Triggers.expiredText(whatToRepeat));
            return ModalOutcome.TRIGGER_EXPIRED;
        }
        try {
            responder.openView(triggerId, viewJson);
            return ModalOutcome.OPENED;
        } catch (SlackCallFailed e) {
            boolean expired = EXPIRED.equals(e.error())
                    || e.kind() != SlackCallFailed.Kind.PERMANENT && Triggers.expired(receivedAtMs, clock);
            if (expired) {
                tell.accept(Triggers.expiredText(whatToRepeat));
                return ModalOutcome.TRIGGER_EXPIRED;
            }
            if (e.kind() == SlackCallFailed.Kind.PERMANENT) {
                // Slack refused the view itself: a bug, logged by the worker; the user still hears something
                tell.accept("Sorry, I could not open the form (Slack said `" + e.error() + "`). "
                        + "Please tell the bot's maintainers.");
            }
            throw e; // transient with time left: the worker retries
        }
    }
}
