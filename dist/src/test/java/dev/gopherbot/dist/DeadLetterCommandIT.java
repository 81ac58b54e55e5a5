package dev.gopherbot.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.consumer.deadletters.DeadLetterCommand;
import dev.gopherbot.consumer.queue.DeadLetters;
import dev.gopherbot.consumer.queue.Delivery;
import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar dist/target/consumer.jar dead-letters list|show|requeue}, as an operator runs it. */
class DeadLetterCommandIT {
    private record Run(int status, String output) {
    }

    @Test
    void anOperatorListsShowsAndRequeuesADeadLetter() throws Exception {
        try (ConsumerFixture bot = new ConsumerFixture().forApp("gopherbot")) {
            bot.commands.xgroupCreate(XReadArgs.StreamOffset.from(bot.keys.stream(bot.kind(StreamKind.MESSAGE_PUBLIC)), "0-0"),
                    ConsumerFixture.GROUP, io.lettuce.core.XGroupCreateArgs.Builder.mkstream(true));
            Sent sent = bot.say("C0GENERAL", "U0ALICE", "my adorable little gophers failed");
            StreamMessage<String, String> read = bot.commands.xreadgroup(Consumer.from(ConsumerFixture.GROUP, "c1"),
                    XReadArgs.StreamOffset.lastConsumed(bot.keys.stream(bot.kind(StreamKind.MESSAGE_PUBLIC)))).getFirst();
            String deadId = new DeadLetters(bot.commands, bot.keys, Clock.systemUTC(), 1000).bury(new Delivery(
                    bot.kind(StreamKind.MESSAGE_PUBLIC), read.getId(), read.getBody(), 5), ConsumerFixture.GROUP, "c1",
                    "reaction:my adorable little gophers: reactions.add: http 500").orElseThrow();
            assertEquals(0, bot.pending(bot.kind(StreamKind.MESSAGE_PUBLIC)), "acknowledged in the live stream");

            Run list = run(bot, "dead-letters", "list");
            assertEquals(0, list.status(), list.output());
            assertTrue(list.output().contains("gopherbot.message.public: 1 dead letter\n"), list.output());
            assertTrue(list.output().contains(deadId + "  event=" + sent.eventId() + "  deliveries=5"), list.output());
            assertTrue(list.output().contains("error=reaction:my adorable little gophers: reactions.add: http 500"), list.output());

            Run show = run(bot, "dead-letters", "show", "gopherbot.message.public", deadId);
            assertEquals(0, show.status(), show.output());
            assertTrue(show.output().contains("body: {") && show.output().contains("dead_original_id: "
                    + sent.entryId()), show.output());

            Run requeue = run(bot, "dead-letters", "requeue", "gopherbot.message.public", "--all");
            assertEquals(0, requeue.status(), requeue.output());
            assertTrue(requeue.output().contains("1 requeued"), requeue.output());
            assertEquals(0, bot.commands.xlen(bot.keys.deadLetters(bot.kind(StreamKind.MESSAGE_PUBLIC))));
            StreamMessage<String, String> back = bot.commands.xrevrange(bot.keys.stream(bot.kind(StreamKind.MESSAGE_PUBLIC)),
                    io.lettuce.core.Range.create("-", "+"), io.lettuce.core.Limit.from(1)).getFirst();
            assertEquals(sent.eventId(), back.getBody().get("event_id"));
            assertEquals(deadId, back.getBody().get(Delivery.REQUEUED_FROM));
            assertEquals(read.getBody().get("body"), back.getBody().get("body"));
        }
    }

    @Test
    void unknownIdsAndBadUsageAreReported() {
        try (ConsumerFixture bot = new ConsumerFixture().forApp("gopherbot")) {
            Run missing = runInProcess(bot, "show", "gopherbot.message.public", "1-0");
            assertEquals(1, missing.status(), missing.output());
            assertTrue(missing.output().contains("no dead letter 1-0 in gopherbot.message.public"), missing.output());
            Run badStream = runInProcess(bot, "list", "messages");
            assertEquals(2, badStream.status(), badStream.output());
            assertTrue(badStream.output().contains("unknown stream \"messages\""), badStream.output());
            Run badLimit = runInProcess(bot, "list", "--limit", "-3");
            assertEquals(2, badLimit.status(), badLimit.output());
            Run noVerb = runInProcess(bot);
            assertEquals(2, noVerb.status());
            assertTrue(noVerb.output().contains("usage: java -jar consumer.jar dead-letters list"));
        }
    }

    /** The same command without a JVM start: the jar's wiring is covered by the test above. */
    private static Run runInProcess(ConsumerFixture bot, String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        int status = new DeadLetterCommand(print, print, List.of(bot.kind(StreamKind.MESSAGE_PUBLIC)))
                .run(List.of(args),
                new dev.gopherbot.common.config.Env(Map.of("REDIS_URL", bot.redis.url(),
                        "REDIS_KEY_PREFIX", bot.keys.prefix())));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    private static Run run(ConsumerFixture bot, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ConsumerJarIT.java(), "-jar", ConsumerJarIT.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(Map.of("REDIS_URL", bot.redis.url(), "REDIS_KEY_PREFIX", bot.keys.prefix()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }
}
