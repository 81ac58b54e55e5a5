package dev.gopherbot.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Upgrading from the release before apps: its streams ({@code stream:{message.public}}) still hold work when the new
 * consumer starts; the work the group had not acknowledged is done, once, from the app's streams, and what it had
 * acknowledged is not done again.
 */
class StreamsBeforeAppsIT {

    @Test
    void workLeftInTheOldStreamsIsDoneOnceAndAcknowledgedWorkIsNotRepeated() {
        try (ConsumerFixture bot = new ConsumerFixture()) {
            String old = bot.keys.of("stream:{message.public}");
            bot.commands.xgroupCreate(XReadArgs.StreamOffset.from(old, "0-0"), ConsumerFixture.GROUP,
                    XGroupCreateArgs.Builder.mkstream(true));
            String acknowledged = post(bot, old, "gopher one, done before the upgrade");
            String pending = post(bot, old, "gopher two, in flight at the upgrade");
            // the old consumer read both and acknowledged the first
            List<?> read = bot.commands.xreadgroup(Consumer.from(ConsumerFixture.GROUP, "old-dyno"),
                    XReadArgs.Builder.count(2), XReadArgs.StreamOffset.lastConsumed(old));
            assertEquals(2, read.size());
            bot.commands.xack(old, ConsumerFixture.GROUP, idOf(bot, old, acknowledged));
            String undelivered = post(bot, old, "gopher three, never read");

            bot.start();

            await().atMost(Duration.ofSeconds(10)).until(() -> reactions(bot, pending).size() == 1
                    && reactions(bot, undelivered).size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> bot.pending(StreamKind.messagePublic(ChatApp.NAME))
                    == 0);
            assertEquals(0, reactions(bot, acknowledged).size(), "acknowledged work is not done again");
            assertEquals(1, reactions(bot, pending).size());
            assertEquals(1, reactions(bot, undelivered).size());
            assertEquals(0L, bot.commands.exists(old), "the old stream is gone");
        }
    }

    /** Posts in the fake workspace and appends the event to {@code stream} as the old gateway did; returns its ts. */
    private static String post(ConsumerFixture bot, String stream, String text) {
        Workspace.Message posted = bot.slack.workspace().post("C0GENERAL", "U0ALICE", text, null, null);
        SlackPayloads.Message payload = SlackPayloads.message("C0GENERAL", "U0ALICE", text).ts(posted.ts);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EntryFields.EVENT_ID, payload.eventId());
        fields.put(EntryFields.EVENT_TIME, Long.toString(Instant.now().getEpochSecond()));
        fields.put(EntryFields.RECEIVED_AT, Long.toString(System.currentTimeMillis()));
        fields.put(EntryFields.REQUEST_ID, "old-release");
        fields.put(EntryFields.RETRY_NUM, "0");
        fields.put(EntryFields.BODY, payload.envelope());
        bot.commands.xadd(stream, fields);
        return posted.ts;
    }

    private static String idOf(ConsumerFixture bot, String stream, String ts) {
        return bot.commands.xrange(stream, Range.create("-", "+")).stream()
                .filter(m -> m.getBody().get(EntryFields.BODY).contains(ts)).findFirst().orElseThrow().getId();
    }

    /** Every reactions.add call the fake received for the message, whatever its answer. */
    private static List<Call> reactions(ConsumerFixture bot, String ts) {
        return bot.slack.calls().stream().filter(c -> c.method().equals("reactions.add")
                && ts.equals(c.param("timestamp"))).toList();
    }
}
