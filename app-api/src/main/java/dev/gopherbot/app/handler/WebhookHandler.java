package dev.gopherbot.app.handler;

/** Handles one accepted webhook delivery (see {@code ingress.Webhook}). */
@FunctionalInterface
public interface WebhookHandler {
    Outcome handle(WebhookContext ctx) throws Exception;
}
