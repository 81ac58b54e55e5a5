package dev.gopherbot.apps.timereport.confirm;

import dev.gopherbot.apps.timereport.command.ReportAction;

/**
 * A change waiting for its Confirm click, carried in the buttons' {@code value} (Slack gives it back signed, so the
 * consumer needs no storage to know what was asked).
 *
 * @param id   the prompt's id, made once in the gateway: every click on this prompt, and every redelivery of a click,
 *             sends the API the same idempotency key, so the change happens once
 * @param user who asked; only they may confirm
 */
public record PendingAction(String id, String user, ReportAction action) {
    /** The {@code Idempotency-Key} of the change. */
    public String idempotencyKey() {
        return "timereport-" + id;
    }
}
