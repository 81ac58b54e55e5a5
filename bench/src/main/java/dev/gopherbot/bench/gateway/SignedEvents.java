package dev.gopherbot.bench.gateway;

import dev.gopherbot.bench.http.RequestSource;
import dev.gopherbot.testkit.slack.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Distinct, correctly signed message events of 1–2 KB, shaped like Slack's (envelope, authorizations, rich-text
 * blocks repeating the text). Every request has its own event id, so the gateway stores each one.
 */
public final class SignedEvents implements RequestSource {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String WORDS = "the quick gopher jumps over a lazy channel while goroutines race to "
            + "send on unbuffered channels and the scheduler parks them politely until someone is listening ";

    private static final String EVENT_CONTEXT =
            "4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMEdPUEhFUiIsImFpZCI6IkEwR09QSEVSIiwiY2lkIjoiQzBHRU5FUkFMIn0";

    private final SlackSigner signer;
    private final SplittableRandom random;

    public SignedEvents(String signingSecret, long seed) {
        this.signer = new SlackSigner(signingSecret);
        this.random = new SplittableRandom(seed);
    }

    @Override
    public byte[] next() {
        long n = SEQUENCE.incrementAndGet();
        long now = Instant.now().getEpochSecond();
        byte[] body = body(n, now).getBytes(StandardCharsets.UTF_8);
        String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nX-Slack-Request-Timestamp: " + now
                + "\r\nX-Slack-Signature: " + signer.sign(now, body) + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    private String body(long n, long now) {
        String eventId = "EvBENCH" + Long.toString(n, 36).toUpperCase();
        String ts = now + "." + String.format("%06d", n % 1_000_000);
        int start = random.nextInt(WORDS.length() / 2);
        String text = (WORDS.repeat(4)).substring(start, start + 100 + random.nextInt(300));
        return "{\"token\":\"ZZZZZZWSxiZZZ2yIvs3peJ\",\"team_id\":\"T0GOPHER\",\"context_team_id\":\"T0GOPHER\","
                + "\"context_enterprise_id\":null,\"api_app_id\":\"A0GOPHER\",\"event\":{\"user\":\"U0ALICE\","
                + "\"type\":\"message\",\"ts\":\"" + ts + "\",\"client_msg_id\":\""
                + new UUID(random.nextLong(), random.nextLong()) + "\","
                + "\"text\":\"" + text + "\",\"team\":\"T0GOPHER\",\"blocks\":[{\"type\":\"rich_text\","
                + "\"block_id\":\"" + Long.toString(n, 36) + "\",\"elements\":[{\"type\":\"rich_text_section\","
                + "\"elements\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}]}],\"channel\":\"C0GENERAL\","
                + "\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"},\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":" + now + ",\"authorizations\":[{"
                + "\"enterprise_id\":null,\"team_id\":\"T0GOPHER\",\"user_id\":\"U0GOPHERBOT\",\"is_bot\":true,"
                + "\"is_enterprise_install\":false}],\"is_ext_shared_channel\":false,"
                + "\"event_context\":\"" + EVENT_CONTEXT + "\"}";
    }
}
