package dev.gopherbot.apps.gopherbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.registry.Matching;
import dev.gopherbot.app.registry.Registration;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code parity.yaml} through the real stream into the bot (a real consumer over Redis, the fake Slack):
 * the message is posted, the bot settles it, and the Web API calls it made for that message are the row's effect,
 * exactly — no more reactions than listed, no answer where the row says "no effect". Rows run one after another, so
 * the calls made between posting and settling belong to that row.
 */
class ParityIT {
    private static final String MENTION = "<@" + ConsumerFixture.BOT + "> ";
    /** The calls that are an effect someone sees. */
    private static final Set<String> VISIBLE = Set.of("reactions.add", "chat.postMessage", "chat.postEphemeral");
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start();
        ChannelCacheSeed.fill(bot.commands, TestBot.keys(bot), bot.slack.workspace());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    static Stream<ParityTable.Row> rows() {
        return ParityTable.rows().stream().filter(r -> r.chance() == null);
    }

    static Stream<ParityTable.Row> chanceRows() {
        return ParityTable.rows().stream().filter(r -> r.chance() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theMessageHasTheEffectTheTableGivesIt(ParityTable.Row row) {
        int before = bot.slack.calls().size();
        Sent sent = post(row);
        bot.awaitSettled(sent);
        List<Call> effects = bot.slack.calls().subList(before, bot.slack.calls().size()).stream()
                .filter(c -> VISIBLE.contains(c.method())).toList();
        List<String> reactions = effects.stream().filter(c -> c.method().equals("reactions.add"))
                .map(c -> c.param("name")).toList();
        List<Call> answers = effects.stream().filter(c -> !c.method().equals("reactions.add")).toList();
        assertEquals(row.reacts(), reactions, row + ": reactions");
        if (row.answers().isEmpty()) {
            assertEquals(List.of(), answers, row + ": answers");
        } else {
            assertTrue(answers.stream().anyMatch(c -> row.answers().stream().anyMatch(a -> shown(c).contains(a))),
                    row + ": no answer contains " + row.answers() + " in " + answers);
        }
    }

    /** A roll of one in 150 cannot be waited for: the registry must hold the reaction with those odds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("chanceRows")
    void aRandomReactionIsRegisteredWithTheTablesOdds(ParityTable.Row row) {
        String said = row.say().toLowerCase(Locale.ROOT);
        List<Registration.ReactionReg> matching = BehavioursTableTest.startupRegistry().reactions().stream()
                .filter(r -> r.triggers().stream().anyMatch(t -> Matching.containsTrigger(said, Matching.normalize(t))))
                .toList();
        assertEquals(1, matching.size(), row + ": reactions matching " + matching);
        Registration.ReactionReg reg = matching.getFirst();
        assertEquals(Registration.When.RANDOM, reg.when(), row.toString());
        assertEquals(row.reacts(), reg.emoji(), row.toString());
        assertEquals(row.odds(), reg.chance(), row.odds() * 0.001, row.toString());
    }

    @Test
    void theTableCoversEveryTriggerOfTheOriginal() {
        // 24 reaction and contains triggers, 32 canned answers with their aliases, 4 commands with logic, prefixes
        long original = ParityTable.rows().stream().filter(r -> !r.added()).count();
        assertTrue(original >= 119, "rows from the original: " + original);
        assertTrue(ParityTable.rows().stream().anyMatch(r -> r.added() && r.nothing() && r.say().equals("gopher")),
                "\"gopher\" alone has no effect");
    }

    private static Sent post(ParityTable.Row row) {
        String text = row.mention() ? MENTION + row.say() : row.say();
        if (row.dm()) {
            return bot.say("D0PARITY", "U0PARITY", text);
        }
        if (row.thread()) {
            String root = bot.slack.workspace().post("C0GENERAL", "U0BOB", "a thread", null, null).ts;
            return bot.say("C0GENERAL", "U0ALICE", text, m -> m.threadTs(root));
        }
        return bot.say("C0GENERAL", "U0ALICE", text);
    }

    /** What a person sees of a post: its text and its attachments' text. */
    private static String shown(Call call) {
        return call.param("text") + "\n" + call.param("attachments") + "\n" + call.param("blocks");
    }
}
