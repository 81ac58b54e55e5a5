package dev.gopherbot.systemtests.interactive;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.apps.gopherbot.suggest.SuggestForm;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.systemtests.InProcessBot;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.GatewayClient;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "suggest a glossary term" workflow as Slack drives it: signed form posts to the gateway, the command and
 * interaction streams, the consumer, and the fake Slack (modals, the moderators' card, DMs, response URLs).
 */
class SuggestWorkflowIT {
    private static final String MODS = "C0MODS";
    private static final String ALICE = "U0ALICE";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static InProcessBot bot;
    private static FakeSlack slack;
    private static GatewayClient client;
    private static RedisCommands<String, String> redisCommands;

    @BeforeAll
    static void startTheBot() {
        bot = new InProcessBot("suggest:", Map.of("MODERATORS_CHANNEL", MODS));
        slack = bot.slack;
        client = bot.client;
        redisCommands = bot.redisCommands();
    }

    @AfterAll
    static void stopTheBot() {
        bot.close();
    }

    @Test
    void aSuggestionIsApprovedAndDefineAnswersItAtOnceMarkedAsCommunityApproved() throws Exception {
        Card card = suggest("functional options", "option functions",
                "a constructor that takes option functions, each setting one field.",
                "https://dave.cheney.net/2014/10/17/functional-options-for-friendly-apis");

        String clickUrl = click("U0BOB", "suggest_approve", card);

        await().atMost(WAIT).until(() -> !updatesOf(card).isEmpty());
        assertTrue(updatesOf(card).getFirst().param("blocks").contains("Approved by <@U0BOB>"));
        assertTrue(updatesOf(card).getFirst().param("blocks").contains("<!date^"), "when it was decided");
        await().atMost(WAIT).until(() -> dmsTo(ALICE, "`functional options` was approved by <@U0BOB>").size() == 1);
        assertTrue(slack.responses(clickUrl).isEmpty(), "the moderator sees the card change, nothing more");

        String answer = slashDefine("Option Functions");
        assertTrue(answer.startsWith("`option functions`, or `functional options`, is a constructor"), answer);
        assertTrue(answer.contains("Community-approved") && answer.contains("approved by <@U0BOB>"), answer);

        String dm = slack.workspace().imWith("U0CAROL").id();
        Workspace.Message said = slack.workspace().post(dm, "U0CAROL", "define functional options", null, null);
        HttpResponse<String> event = client.postEvent(SlackPayloads.message(dm, "U0CAROL", "define functional options")
                .ts(said.ts).envelope());
        assertEquals(200, event.statusCode(), event.body());
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> answers = slack.calls("chat.postMessage").stream().filter(c -> dm.equals(c.param("channel")))
                    .map(c -> c.param("text")).toList();
            assertTrue(answers.stream().anyMatch(t -> t.contains("Community-approved")), answers.toString());
        });
    }

    @Test
    void aDeclinedSuggestionIsToldToTheSuggesterAndNotDefined() throws Exception {
        Card card = suggest("yak shaving", "", "a chain of small tasks between you and the one you meant to do.",
                "");

        click("U0CAROL", "suggest_decline", card);

        await().atMost(WAIT).until(() -> !updatesOf(card).isEmpty());
        assertTrue(updatesOf(card).getFirst().param("blocks").contains("Declined by <@U0CAROL>"));
        await().atMost(WAIT).until(() -> dmsTo(ALICE, "`yak shaving` was declined").size() == 1);
        assertTrue(slashDefine("yak shaving").startsWith("I have no definition for `yak shaving` yet"));
    }

    @Test
    void twoModeratorsClickingAtOnceMakeExactlyOneDecision() throws Exception {
        Card card = suggest("bikeshedding", "bike-shedding", "the habit of debating trivia at length.", "");

        CompletableFuture<String> bob = CompletableFuture.supplyAsync(() -> click("U0BOB", "suggest_approve", card));
        CompletableFuture<String> carol = CompletableFuture.supplyAsync(() -> click("U0CAROL", "suggest_decline",
                card));
        List<String> clickUrls = List.of(bob.get(), carol.get());

        await().atMost(WAIT).until(() -> clickUrls.stream().mapToInt(u -> slack.responses(u).size()).sum() == 1);
        await().atMost(WAIT).until(() -> pending(StreamKind.interaction(GopherbotApp.NAME)) == 0);
        assertEquals(1, updatesOf(card).size(), "the card changes once");
        assertEquals(1, dmsTo(ALICE, "`bikeshedding` was").size(), "the suggester hears once");
        ResponseUrls.Response loser = clickUrls.stream().flatMap(u -> slack.responses(u).stream()).findFirst()
                .orElseThrow();
        assertTrue(loser.text().startsWith("Already decided:"), loser.text());
        assertEquals("ephemeral", loser.responseType());
        String decision = updatesOf(card).getFirst().param("blocks");
        assertTrue(loser.text().contains(decision.contains("Approved") ? "Approved by <@U0BOB>"
                : "Declined by <@U0CAROL>"), loser.text() + " vs " + decision);
    }

    @Test
    void aSuggestionBreakingTheGlossaryRulesStaysInTheModalWithItsErrors() throws Exception {
        HttpResponse<String> response = submit("goroutine", "", "a thing.", "");

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("errors", body.path("response_action").asText());
        assertTrue(body.path("errors").path(SuggestForm.TERM).asText().contains("already defined"));
    }

    @Test
    void anExpiredTriggerIsExplainedThroughTheResponseUrl() {
        String url = UUID.randomUUID().toString();
        String form = InteractivePayloads.command("/gopher", "suggest").trigger(slack.expiredTrigger())
                .responseUrl(slack.responseUrl(url)).form();

        assertEquals(200, client.postForm("/slack/commands", form).statusCode());

        await().atMost(WAIT).until(() -> !slack.responses(url).isEmpty());
        assertTrue(slack.responses(url).getFirst().text().contains("Please try `/gopher suggest` again"));
    }

    @Test
    void anUnknownSubcommandIsAnsweredByTheGatewayAndNeverReachesTheConsumer() throws Exception {
        long before = redisCommands.xlen(bot.keys.stream(StreamKind.command(GopherbotApp.NAME)));

        HttpResponse<String> response = client.postForm("/slack/commands",
                InteractivePayloads.command("/gopher", "frobnicate").form());

        assertEquals("ephemeral", JSON.readTree(response.body()).path("response_type").asText());
        assertEquals(before, redisCommands.xlen(bot.keys.stream(StreamKind.command(GopherbotApp.NAME))));
    }

    /** The moderators' card of a suggestion: where it is, and the suggestion id its buttons carry. */
    private record Card(String channel, String ts, String suggestionId) {
    }

    /** Alice runs {@code /gopher suggest}, fills in the form and submits it; returns the card the moderators see. */
    private static Card suggest(String term, String aliases, String definition, String link) throws Exception {
        String trigger = slack.trigger();
        String form = InteractivePayloads.command("/gopher", "suggest").trigger(trigger)
                .responseUrl(slack.responseUrl(UUID.randomUUID().toString())).form();
        assertEquals(200, client.postForm("/slack/commands", form).statusCode());
        await().atMost(WAIT).until(() -> slack.calls("views.open").stream()
                .anyMatch(c -> trigger.equals(c.param("trigger_id"))));

        HttpResponse<String> submitted = submit(term, aliases, definition, link);
        assertEquals(200, submitted.statusCode());
        assertEquals("", submitted.body(), "an empty answer closes the modal");

        await().atMost(WAIT).until(() -> cardFor(term) != null);
        Workspace.Message card = cardFor(term);
        await().atMost(WAIT).until(() -> dmsTo(ALICE, "`" + term + "` is with the moderators").size() == 1);
        for (JsonNode block : JSON.readTree(card.blocks)) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().equals("suggest_approve")) {
                    return new Card(MODS, card.ts, element.path("value").asText());
                }
            }
        }
        throw new AssertionError("the card has no Approve button: " + card.blocks);
    }

    private static HttpResponse<String> submit(String term, String aliases, String definition, String link) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SuggestForm.TERM, term);
        values.put(SuggestForm.ALIASES, aliases);
        values.put(SuggestForm.DEFINITION, definition);
        values.put(SuggestForm.LINK, link);
        return client.postForm("/slack/interactions", InteractivePayloads.form(InteractivePayloads.viewSubmission(
                ALICE, SuggestForm.CALLBACK_ID, values, InteractivePayloads.newTriggerId())));
    }

    /** A moderator clicks a button on the card; returns the id of the click's response URL. */
    private static String click(String moderator, String actionId, Card card) {
        String url = UUID.randomUUID().toString();
        HttpResponse<String> response = client.postForm("/slack/interactions", InteractivePayloads.form(
                InteractivePayloads.blockAction(moderator, actionId, card.suggestionId(), card.channel(), card.ts(),
                        slack.responseUrl(url), InteractivePayloads.newTriggerId())));
        assertEquals(200, response.statusCode());
        return url;
    }

    private static String slashDefine(String term) {
        String url = UUID.randomUUID().toString();
        client.postForm("/slack/commands", InteractivePayloads.command("/gopher", "define " + term).user("U0CAROL",
                "carol").responseUrl(slack.responseUrl(url)).form());
        await().atMost(WAIT).until(() -> !slack.responses(url).isEmpty());
        return slack.responses(url).getFirst().text();
    }

    private static Workspace.Message cardFor(String term) {
        return slack.workspace().messages(MODS).stream()
                .filter(m -> m.blocks != null && m.blocks.contains("`" + term + "`")).findFirst().orElse(null);
    }

    private static List<Call> updatesOf(Card card) {
        return slack.calls("chat.update").stream().filter(c -> card.channel().equals(c.param("channel"))
                && card.ts().equals(c.param("ts"))).toList();
    }

    private static List<Call> dmsTo(String user, String containing) {
        String dm = slack.workspace().imWith(user).id();
        return slack.calls("chat.postMessage").stream().filter(c -> dm.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains(containing)).toList();
    }

    private static long pending(StreamKind kind) {
        return redisCommands.xpending(bot.keys.stream(kind), Identity.DEFAULT_APP_NAME).getCount();
    }
}
