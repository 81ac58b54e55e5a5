package dev.gopherbot.app.ingress;

import java.util.Objects;

/**
 * A webhook's decision on a GET (see {@link Webhook#acceptGet}): answer it, or enqueue it for the app's handler and
 * answer. Enqueueing serves GETs that bring work needing I/O, such as a browser sent back by an OAuth provider with a
 * code to exchange: the gateway may not do that work within the request, so the consumer does.
 */
public sealed interface GetAcceptance {
    /**
     * Enqueue the request for the app's handler (its raw query string becomes the entry's body, as a POST's body
     * does) at most once per {@code dedupKey} within an hour, and answer {@code reply}. A repeated request (a browser
     * reloading the page) gets the same answer and is not enqueued again.
     *
     * @param eventTime the event's time, epoch seconds (for the consumer's maximum event age); 0 for work
     *                  that is never too old to do (the age rule then does not apply)
     * @param reply     what the caller sees once the request is stored: a 200
     */
    record Enqueue(String dedupKey, long eventTime, WebReply reply) implements GetAcceptance {
        public Enqueue {
            Objects.requireNonNull(dedupKey, "dedupKey");
            Objects.requireNonNull(reply, "reply");
            if (reply.status() != 200) {
                throw new IllegalArgumentException("an enqueued GET is answered with 200, not " + reply.status());
            }
        }
    }

    /**
     * Answer {@code reply} and store nothing.
     *
     * @param reason why a refusal (status 400 or more) was refused, for the gateway's log line, never for the
     *               caller; null when there is nothing to explain
     */
    record Answer(WebReply reply, String reason) implements GetAcceptance {
        public Answer {
            Objects.requireNonNull(reply, "reply");
        }
    }

    static GetAcceptance enqueue(String dedupKey, long eventTime, WebReply reply) {
        return new Enqueue(dedupKey, eventTime, reply);
    }

    static GetAcceptance answer(WebReply reply) {
        return new Answer(reply, null);
    }

    static GetAcceptance refuse(WebReply reply, String reason) {
        return new Answer(reply, reason);
    }
}
