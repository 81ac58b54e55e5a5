package dev.gopherbot.bench.gateway;

import dev.gopherbot.bench.events.MessageEvents;
import dev.gopherbot.bench.http.RequestSource;
import dev.gopherbot.testkit.slack.SlackSigner;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Distinct, correctly signed message events of 1–2 KB ({@link MessageEvents}), each saying "my adorable little gophers". Every request
 * has its own event id, so the gateway stores each one. Given a fake workspace, each message is first posted there,
 * so a consumer's {@code reactions.add} finds it.
 */
public final class SignedEvents implements RequestSource {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final SlackSigner signer;
    private final SplittableRandom random;
    private final Workspace workspace;

    public SignedEvents(String signingSecret, long seed) {
        this(signingSecret, seed, null);
    }

    public SignedEvents(String signingSecret, long seed, Workspace workspace) {
        this.signer = new SlackSigner(signingSecret);
        this.random = new SplittableRandom(seed);
        this.workspace = workspace;
    }

    @Override
    public byte[] next() {
        long now = Instant.now().getEpochSecond();
        String text = MessageEvents.text(random, true);
        String ts = workspace != null
                ? workspace.post(MessageEvents.CHANNEL, MessageEvents.USER, text, null, null).ts
                : now + "." + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
        String body = MessageEvents.body(MessageEvents.newEventId(), ts, MessageEvents.CHANNEL, text, now, random);
        return MessageEvents.signedRequest(signer, body, now);
    }
}
