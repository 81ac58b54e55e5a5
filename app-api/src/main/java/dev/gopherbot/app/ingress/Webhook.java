package dev.gopherbot.app.ingress;

/**
 * A third party's webhook (Strava, GitHub, …) served by the gateway at {@code /hooks/<app>/<name>}: verified and
 * deduplicated in the request, then enqueued for the app's handler like a Slack event. Both methods run on the
 * request thread, inside the caller's time budget: no I/O.
 */
public interface Webhook {
    /** A GET, e.g. a subscription handshake echoing a challenge. Nothing is enqueued. */
    default WebReply onGet(WebRequest request) {
        return WebReply.text(405, "this webhook takes POST");
    }

    /** Verifies a POST and says what to do with it. */
    Acceptance accept(WebRequest request);
}
