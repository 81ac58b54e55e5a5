package dev.gopherbot.gateway.web;

import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.Reply;

/**
 * What a web route answers: a page (HTML, or a page's JSON or CSS) or a redirect, with what its log line and metric
 * need.
 *
 * @param html        the body, HTML unless {@code contentType} says otherwise
 * @param contentType the body's type, {@link WebRoute#HTML} for everything but an app page's JSON or CSS
 * @param reason    why, for rejections; never a token or cookie value
 * @param location  the {@code Location} of a 303, else null
 * @param setCookie a {@code Set-Cookie} value, else null
 */
record WebReply(Outcome outcome, String html, String contentType, String reason, String location,
                String setCookie) {

    static WebReply page(Outcome outcome, String html, String reason) {
        return page(outcome, html, WebRoute.HTML, reason);
    }

    static WebReply page(Outcome outcome, String body, String contentType, String reason) {
        return new WebReply(outcome, body, contentType, reason, null, null);
    }

    static WebReply redirect(String location, String setCookie) {
        return new WebReply(Outcome.SIGNED_IN, "", WebRoute.HTML, null, location, setCookie);
    }

    WebReply withCookie(String value) {
        return new WebReply(outcome, html, contentType, reason, location, value);
    }

    /** The shape the shared request log and metrics take. */
    Reply asReply() {
        return new Reply(outcome, "", reason, null, null);
    }
}
