package dev.gopherbot.app.ingress;

/**
 * A third party's webhook (Strava, GitHub, …) served by the gateway at {@code /hooks/<app>/<name>}: verified and
 * deduplicated in the request, then enqueued for the app's handler like a Slack event. Every method runs on the
 * request thread, inside the caller's time budget: no I/O.
 */
public interface Webhook {
    /** A GET, e.g. a subscription handshake echoing a challenge. Nothing is enqueued. */
    default WebReply onGet(WebRequest request) {
        return WebReply.text(405, "this webhook takes POST");
    }

    /**
     * A GET that may bring work, e.g. a browser sent back by an OAuth provider with a code to exchange: return
     * {@link GetAcceptance#enqueue} to have it enqueued for the handler (the raw query string is the entry's body)
     * and answered with a page. By default a GET is answered by {@link #onGet} and nothing is enqueued.
     */
    default GetAcceptance acceptGet(WebRequest request) {
        return GetAcceptance.answer(onGet(request));
    }

    /** Verifies a POST and says what to do with it. */
    Acceptance accept(WebRequest request);
}
