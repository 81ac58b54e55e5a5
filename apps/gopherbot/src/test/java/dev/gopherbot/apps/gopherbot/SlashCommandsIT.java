package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.ResponseUrls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /gopher} subcommands read from the {@code command} stream, answered through the fake Slack. */
class SlashCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start(Map.of("MODERATORS_CHANNEL", "C0MODS"));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void helpListsEverySubcommandOnlyToTheAsker() {
        ResponseUrls.Response answer = run("help");

        assertEquals("ephemeral", answer.responseType());
        assertTrue(answer.text().contains("`/gopher define <term>`"), answer.text());
        assertTrue(answer.text().contains("`/gopher suggest [term]`"), answer.text());
    }

    @Test
    void aBareCommandIsHelp() {
        assertTrue(run("").text().contains("`/gopher help`"));
    }

    @Test
    void defineAnswersFromTheGlossaryByAlias() {
        ResponseUrls.Response answer = run("define chan");

        assertEquals("ephemeral", answer.responseType());
        assertTrue(answer.text().startsWith("`chan`, or `channel`, is "), answer.text());
    }

    @Test
    void defineOffersCloseNamesForAnUnknownTerm() {
        String text = run("define gorutine").text();

        assertTrue(text.contains("I have no definition for `gorutine` yet"), text);
        assertTrue(text.contains("`goroutine`"), text);
        assertTrue(text.contains("/gopher suggest"), text);
    }

    @Test
    void suggestOpensTheFormWithTheTriggerAndTheTermFilledIn() throws Exception {
        String trigger = bot.slack.trigger();
        String id = UUID.randomUUID().toString();
        append(InteractivePayloads.command("/gopher", "suggest goroutine leak").trigger(trigger)
                .responseUrl(bot.slack.responseUrl(id)).form(), trigger, System.currentTimeMillis());

        await().atMost(Duration.ofSeconds(5)).until(() -> !opened(trigger).isEmpty());
        JsonNode view = JSON.readTree(opened(trigger).getFirst().param("view"));
        assertEquals("glossary_suggest", view.path("callback_id").asText());
        assertEquals("goroutine leak", view.path("blocks").get(0).path("element").path("initial_value").asText());
        assertTrue(bot.slack.responses(id).isEmpty(), "nothing to say when the form opened");
    }

    @Test
    void anExpiredTriggerIsExplainedThroughTheResponseUrlInsteadOfFailingSilently() {
        String trigger = bot.slack.expiredTrigger();
        String id = UUID.randomUUID().toString();
        String entry = append(InteractivePayloads.command("/gopher", "suggest").trigger(trigger)
                .responseUrl(bot.slack.responseUrl(id)).form(), trigger, System.currentTimeMillis());

        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.slack.responses(id).isEmpty());
        assertTrue(bot.slack.responses(id).getFirst().text().contains("Please try `/gopher suggest` again"));
        assertEquals("expired_trigger_id", bot.slack.calls().stream().filter(c -> c.method().equals("views.open")
                && trigger.equals(c.param("trigger_id"))).findFirst().orElseThrow().error());
        bot.awaitSettled(bot.kind(StreamKind.COMMAND), entry);
        assertEquals(0, bot.pending(bot.kind(StreamKind.COMMAND)), "done, not retried: a retry could never succeed");
    }

    @Test
    void aCommandReadMoreThanThreeSecondsAfterItArrivedIsExplainedWithoutTryingTheForm() {
        String trigger = bot.slack.trigger();
        String id = UUID.randomUUID().toString();
        append(InteractivePayloads.command("/gopher", "suggest").trigger(trigger)
                .responseUrl(bot.slack.responseUrl(id)).form(), trigger, System.currentTimeMillis() - 5_000);

        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.slack.responses(id).isEmpty());
        assertTrue(bot.slack.responses(id).getFirst().text().contains("too slow"));
        assertTrue(opened(trigger).isEmpty());
    }

    @Test
    void aCommandOfAnotherAppIsAnsweredAsUnknown() {
        String id = UUID.randomUUID().toString();
        InteractivePayloads.Command command = InteractivePayloads.command("/gopher-staging", "help")
                .responseUrl(bot.slack.responseUrl(id));
        append(command.form(), command.triggerId(), System.currentTimeMillis());

        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.slack.responses(id).isEmpty());
        String text = bot.slack.responses(id).getFirst().text();
        assertTrue(text.contains("`/gopher-staging`: unknown command"), text);
    }

    /** Runs {@code /gopher <text>} as Alice and returns the one answer posted to its response URL. */
    private static ResponseUrls.Response run(String text) {
        String id = UUID.randomUUID().toString();
        InteractivePayloads.Command command = InteractivePayloads.command("/gopher", text)
                .responseUrl(bot.slack.responseUrl(id));
        String entry = append(command.form(), command.triggerId(), System.currentTimeMillis());
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.slack.responses(id).isEmpty());
        bot.awaitSettled(bot.kind(StreamKind.COMMAND), entry);
        assertEquals(1, bot.slack.responses(id).size());
        return bot.slack.responses(id).getFirst();
    }

    private static List<Call> opened(String trigger) {
        return bot.calls("views.open", c -> trigger.equals(c.param("trigger_id")));
    }

    private static String append(String form, String trigger, long receivedAtMs) {
        return bot.appendCommand(form, trigger, receivedAtMs);
    }
}
