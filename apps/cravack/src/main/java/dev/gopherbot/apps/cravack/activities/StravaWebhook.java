package dev.gopherbot.apps.cravack.activities;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.app.ingress.Acceptance;
import dev.gopherbot.app.ingress.WebReply;
import dev.gopherbot.app.ingress.WebRequest;
import dev.gopherbot.app.ingress.Webhook;
import dev.gopherbot.apps.cravack.strava.StravaEvent;
import dev.gopherbot.common.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code /hooks/cravack/strava}: Strava's push subscription. A GET is the subscription handshake (the verify token
 * must be ours, the challenge is echoed as JSON); a POST is an event, answered at once (Strava waits 2 s) and enqueued
 * once per object, aspect and event time. Whether the athlete is connected is the consumer's question: it needs the
 * database, and the answer must not depend on the gateway.
 */
public final class StravaWebhook implements Webhook {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Secret verifyToken;

    public StravaWebhook(Secret verifyToken) {
        this.verifyToken = verifyToken;
    }

    @Override
    public WebReply onGet(WebRequest request) {
        if (!"subscribe".equals(request.query("hub.mode"))) {
            return WebReply.text(400, "expected hub.mode=subscribe");
        }
        byte[] given = request.query("hub.verify_token").getBytes(StandardCharsets.UTF_8);
        // constant time: the answer's timing must not tell how much of a guess was right
        if (!MessageDigest.isEqual(given, verifyToken.reveal().getBytes(StandardCharsets.UTF_8))) {
            return WebReply.text(403, "wrong verify token");
        }
        String challenge = request.query("hub.challenge");
        if (challenge.isEmpty() || challenge.length() > 200) {
            return WebReply.text(400, "expected a hub.challenge");
        }
        return WebReply.json(200, JSON.createObjectNode().put("hub.challenge", challenge).toString());
    }

    @Override
    public Acceptance accept(WebRequest request) {
        Optional<StravaEvent> event = StravaEvent.parse(request.body());
        if (event.isEmpty()) {
            return Acceptance.reject(400, "not a Strava event");
        }
        // no event time for the queue: an activity is worth posting late, and a delay for Strava's rate limits
        // must not make the consumer drop it as too old (MAX_EVENT_AGE applies only to events with a time)
        return Acceptance.enqueue(event.get().dedupKey(), 0);
    }
}
