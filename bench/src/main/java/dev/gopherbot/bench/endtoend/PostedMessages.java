package dev.gopherbot.bench.endtoend;

import dev.gopherbot.bench.events.MessageEvents;
import dev.gopherbot.bench.http.RequestSource;
import dev.gopherbot.testkit.slack.SlackSigner;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Messages that exist in the fake workspace (so {@code reactions.add} succeeds, as in Slack) and say "my adorable little gophers", each
 * sent to the gateway as a signed event; the send time goes to {@link SlackArrivals}.
 */
final class PostedMessages implements RequestSource {
    private final SlackSigner signer;
    private final Workspace workspace;
    private final SlackArrivals arrivals;
    private final SplittableRandom random;
    private String lastKey;

    PostedMessages(String signingSecret, Workspace workspace, SlackArrivals arrivals, long seed) {
        this.signer = new SlackSigner(signingSecret);
        this.workspace = workspace;
        this.arrivals = arrivals;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public byte[] next() {
        String text = MessageEvents.text(random, true);
        Workspace.Message message = workspace.post(MessageEvents.CHANNEL, MessageEvents.USER, text, null, null);
        lastKey = SlackArrivals.key(MessageEvents.CHANNEL, message.ts);
        long now = Instant.now().getEpochSecond();
        return MessageEvents.signedRequest(signer, MessageEvents.body(MessageEvents.newEventId(), message.ts,
                MessageEvents.CHANNEL, text, now, random), now);
    }

    @Override
    public void sending(long atNanos) {
        arrivals.sent(lastKey, atNanos);
    }
}
