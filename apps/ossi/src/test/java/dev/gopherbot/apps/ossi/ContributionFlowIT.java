package dev.gopherbot.apps.ossi;

import static dev.gopherbot.apps.ossi.OssiStack.ALICE;
import static dev.gopherbot.apps.ossi.OssiStack.BOB;
import static dev.gopherbot.apps.ossi.OssiStack.CAROL;
import static dev.gopherbot.apps.ossi.OssiStack.MANAGEMENT;
import static dev.gopherbot.apps.ossi.OssiStack.PUBLIC;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.apps.ossi.review.ReviewViews;
import dev.gopherbot.testkit.slack.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submitting, deciding and announcing, from the slash command to the public channel, through the gateway. */
class ContributionFlowIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private OssiStack ossi;

    @BeforeEach
    void start() {
        ossi = new OssiStack().withConsumer();
    }

    @AfterEach
    void stop() {
        ossi.close();
    }

    @Test
    void aContributionGoesFromTheCommandThroughTheManagersToThePublicChannel() throws Exception {
        // /ossi new opens the form, prefilled with what was typed after "new"
        String trigger = ossi.slack.trigger();
        assertEquals("", ossi.slash(ALICE, "new Fixed a data race in net/http", "open", trigger).body());
        await().atMost(PATIENCE).until(() -> !ossi.calls("views.open", c -> trigger.equals(c.param("trigger_id")))
                .isEmpty());
        JsonNode modal = JSON.readTree(ossi.calls("views.open", c -> trigger.equals(c.param("trigger_id")))
                .getFirst().param("view"));
        assertEquals("ossi_new", modal.path("callback_id").asText());
        assertEquals("Fixed a data race in net/http", modal.path("blocks").get(0).path("element")
                .path("initial_value").asText());

        // the submission is stored PENDING with the name Slack has for Alice; she gets a receipt, the managers a card
        assertEquals("", ossi.submit(ALICE, "Fixed a data race in net/http", "https://go.dev/cl/1234", "M",
                "2026-09").body());
        await().atMost(PATIENCE).until(() -> ossi.posts(MANAGEMENT).size() == 1);
        Map<String, Object> row = ossi.rows("SELECT * FROM ossi.contributions").getFirst();
        long id = (Long) row.get("id");
        assertEquals("PENDING", row.get("status"));
        assertEquals(ALICE, row.get("submitter_id"));
        assertEquals("Alice Liddell", row.get("submitter_name"));
        assertEquals("https://go.dev/cl/1234", row.get("url"));
        assertEquals("M", row.get("size"));
        assertEquals("2026-09", row.get("month"));
        assertNotNull(row.get("created_at"));
        assertNull(row.get("decided_by"));
        assertEquals(1, ossi.calls("users.info", c -> ALICE.equals(c.param("user"))).size());
        await().atMost(PATIENCE).until(() -> ossi.posts(ALICE).size() == 1);
        assertTrue(ossi.posts(ALICE).getFirst().param("text").contains("waiting for a manager"));
        JsonNode card = JSON.readTree(ossi.posts(MANAGEMENT).getFirst().param("blocks"));
        assertEquals(List.of(ReviewViews.ACCEPT, ReviewViews.DECLINE), buttons(card));
        assertEquals(Long.toString(id), card.get(1).path("elements").get(0).path("value").asText());

        // Bob accepts: Alice is told, the public channel hears it, the card shows who and loses its buttons
        assertEquals(200, ossi.click(BOB, ReviewViews.ACCEPT, id, "bob-accepts").statusCode());
        await().atMost(PATIENCE).until(() -> ossi.posts(PUBLIC).size() == 1);
        ossi.awaitSettled();
        row = ossi.contribution(id);
        assertEquals("ACCEPTED", row.get("status"));
        assertEquals(BOB, row.get("decided_by"));
        assertNotNull(row.get("decided_at"));
        assertTrue(ossi.posts(PUBLIC).getFirst().param("text").contains("<@U0ALICE> contributed to open source: "
                + "Fixed a data race in net/http https://go.dev/cl/1234"));
        assertEquals(2, ossi.posts(ALICE).size());
        assertTrue(ossi.posts(ALICE).get(1).param("text").contains("was accepted by <@U0BOB>"));
        Call update = ossi.slack.calls("chat.update").getFirst();
        assertEquals(MANAGEMENT, update.param("channel"));
        assertEquals(ossi.card(id), update.param("ts"));
        JsonNode decided = JSON.readTree(update.param("blocks"));
        assertEquals(List.of(), buttons(decided));
        assertTrue(decided.toString().contains("Accepted by <@U0BOB>"), decided.toString());
        assertTrue(ossi.answers("bob-accepts").isEmpty(), "the card itself is Bob's answer");
    }

    @Test
    void aDeclinedContributionIsToldOnlyToTheSubmitter() throws Exception {
        long id = ossi.submitted("Starred a repository");

        ossi.click(CAROL, ReviewViews.DECLINE, id, "carol-declines");
        await().atMost(PATIENCE).until(() -> ossi.posts(ALICE).size() == 2);
        ossi.awaitSettled();

        assertEquals("DECLINED", ossi.contribution(id).get("status"));
        assertTrue(ossi.posts(ALICE).get(1).param("text").contains("was declined by <@U0CAROL>"));
        assertEquals(List.of(), ossi.posts(PUBLIC), "nothing is announced");
        JsonNode decided = JSON.readTree(ossi.slack.calls("chat.update").getFirst().param("blocks"));
        assertTrue(decided.toString().contains("Declined by <@U0CAROL>"));
        assertEquals(List.of(), buttons(decided));
    }

    @Test
    void aClickOnADecidedCardTellsOnlyTheClickerWhoDecided() throws Exception {
        long id = ossi.submitted("Reviewed a proposal");
        ossi.click(BOB, ReviewViews.ACCEPT, id, "bob");
        await().atMost(PATIENCE).until(() -> ossi.posts(PUBLIC).size() == 1);

        ossi.click(CAROL, ReviewViews.DECLINE, id, "carol-late");
        await().atMost(PATIENCE).until(() -> !ossi.answers("carol-late").isEmpty());
        ossi.awaitSettled();

        assertEquals("ephemeral", ossi.answers("carol-late").getFirst().responseType());
        assertTrue(ossi.answers("carol-late").getFirst().text().startsWith("Already accepted by <@U0BOB>"));
        assertEquals("ACCEPTED", ossi.contribution(id).get("status"));
        assertEquals(1, ossi.slack.calls("chat.update").size());
        assertEquals(2, ossi.posts(ALICE).size(), "the receipt and one outcome");
    }

    @Test
    void someoneOutsideTheManagementChannelCannotDecide() throws Exception {
        long id = ossi.submitted("Wrote docs");

        ossi.click(ALICE, ReviewViews.ACCEPT, id, "alice-herself");
        await().atMost(PATIENCE).until(() -> !ossi.answers("alice-herself").isEmpty());
        ossi.awaitSettled();

        assertEquals("ephemeral", ossi.answers("alice-herself").getFirst().responseType());
        assertTrue(ossi.answers("alice-herself").getFirst().text().contains("Only members of <#C0OSSIMGMT>"));
        assertEquals("PENDING", ossi.contribution(id).get("status"));
        assertEquals(List.of(), ossi.slack.calls("chat.update"));
        assertEquals(List.of(), ossi.posts(PUBLIC));
        assertFalse(ossi.calls("conversations.members", c -> MANAGEMENT.equals(c.param("channel"))).isEmpty());
    }

    private static List<String> buttons(JsonNode blocks) {
        return java.util.stream.StreamSupport.stream(blocks.spliterator(), false)
                .filter(b -> b.path("type").asText().equals("actions"))
                .flatMap(b -> java.util.stream.StreamSupport.stream(b.path("elements").spliterator(), false))
                .map(e -> e.path("action_id").asText()).toList();
    }
}
