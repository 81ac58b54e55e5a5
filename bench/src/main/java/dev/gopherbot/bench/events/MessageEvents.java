package dev.gopherbot.bench.events;

import dev.gopherbot.testkit.slack.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message events shaped like Slack's: envelope, authorizations and rich-text blocks repeating the text, 1–2 KB each.
 * Texts either contain "my adorable little gophers" (the consumer adds a reaction: one Web API call) or nothing the bot reacts to.
 */
public final class MessageEvents {
    public static final String CHANNEL = "C0GENERAL";
    public static final String USER = "U0ALICE";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String EVENT_CONTEXT =
            "4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMEdPUEhFUiIsImFpZCI6IkEwR09QSEVSIiwiY2lkIjoiQzBHRU5FUkFMIn0";
    // no trigger of reactions.yaml or responses.yaml in here; REACTION is added where one is wanted
    private static final String FILLER = "the quick hamster jumps over a lazy channel while goroutines race to "
            + "send on unbuffered channels and the scheduler parks them politely until someone is listening ";

    /** The trigger of the one reaction in reactions.yaml that fires on any message, with one emoji. */
    public static final String REACTION = "my adorable little gophers";

    private MessageEvents() {
    }

    /** A new event id, unique within this JVM's run. */
    public static String newEventId() {
        return "EvBENCH" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
    }

    /** 100–400 characters of chat; with {@code reaction}, containing {@link #REACTION}. */
    public static String text(SplittableRandom random, boolean reaction) {
        int start = random.nextInt(FILLER.length() / 2);
        String text = FILLER.repeat(4).substring(start, start + 100 + random.nextInt(300)).trim();
        if (!reaction) {
            return text;
        }
        int middle = text.indexOf(' ', text.length() / 2);
        return middle < 0 ? text + " " + REACTION
                : text.substring(0, middle) + " " + REACTION + text.substring(middle);
    }

    /**
     * The JSON body of an {@code event_callback} for a message in {@code channel} with timestamp {@code ts};
     * {@code random} makes the client message id (cheaper than {@link UUID#randomUUID()}, whose secure random would
     * cost the load generator CPU the servers need).
     */
    public static String body(String eventId, String ts, String channel, String text, long eventTime,
                              SplittableRandom random) {
        String block = Long.toString(Math.abs(eventId.hashCode()), 36);
        return "{\"token\":\"ZZZZZZWSxiZZZ2yIvs3peJ\",\"team_id\":\"T0GOPHER\",\"context_team_id\":\"T0GOPHER\","
                + "\"context_enterprise_id\":null,\"api_app_id\":\"A0GOPHER\",\"event\":{\"user\":\"" + USER + "\","
                + "\"type\":\"message\",\"ts\":\"" + ts + "\",\"client_msg_id\":\""
                + new UUID(random.nextLong(), random.nextLong()) + "\","
                + "\"text\":\"" + text + "\",\"team\":\"T0GOPHER\",\"blocks\":[{\"type\":\"rich_text\","
                + "\"block_id\":\"" + block + "\",\"elements\":[{\"type\":\"rich_text_section\","
                + "\"elements\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}]}],\"channel\":\"" + channel + "\","
                + "\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"},\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":" + eventTime + ",\"authorizations\":[{"
                + "\"enterprise_id\":null,\"team_id\":\"T0GOPHER\",\"user_id\":\"U0GOPHERBOT\",\"is_bot\":true,"
                + "\"is_enterprise_install\":false}],\"is_ext_shared_channel\":false,"
                + "\"event_context\":\"" + EVENT_CONTEXT + "\"}";
    }

    /** The complete bytes of {@code POST /slack/events} carrying {@code body}, signed as Slack signs it. */
    public static byte[] signedRequest(SlackSigner signer, String body, long now) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\nX-Slack-Request-Timestamp: " + now
                + "\r\nX-Slack-Signature: " + signer.sign(now, bytes) + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + bytes.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(bytes, 0, request, headBytes.length, bytes.length);
        return request;
    }
}
