package dev.gopherbot.apps.ossi;

import static dev.gopherbot.apps.ossi.OssiStack.ALICE;
import static dev.gopherbot.apps.ossi.OssiStack.BOB;
import static dev.gopherbot.apps.ossi.OssiStack.CAROL;
import static dev.gopherbot.apps.ossi.OssiStack.MANAGEMENT;
import static dev.gopherbot.apps.ossi.OssiStack.PUBLIC;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.ossi.review.ReviewViews;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import dev.gopherbot.testkit.slack.ResponseUrls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exactly one decision and one of each message, whoever clicks at once and however often an entry is redelivered. */
class ExactlyOnceIT {
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
    void twoManagersClickingAtOnceMakeExactlyOneDecision() throws Exception {
        for (int round = 1; round <= 3; round++) {
            String description = "Round " + round + ": fixed a flaky test";
            long id = ossi.submitted(description);
            String bobAnswers = "bob-" + round;
            String carolAnswers = "carol-" + round;
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> bob = CompletableFuture.supplyAsync(() -> clickWhen(go, BOB,
                    ReviewViews.ACCEPT, id, bobAnswers));
            CompletableFuture<Integer> carol = CompletableFuture.supplyAsync(() -> clickWhen(go, CAROL,
                    ReviewViews.DECLINE, id, carolAnswers));
            go.countDown();
            assertEquals(200, bob.get());
            assertEquals(200, carol.get());
            await().atMost(PATIENCE).until(() -> ossi.answers(bobAnswers).size() + ossi.answers(carolAnswers).size()
                    == 1);
            ossi.awaitSettled();

            Map<String, Object> row = ossi.contribution(id);
            boolean bobWon = row.get("status").equals("ACCEPTED");
            assertEquals(bobWon ? BOB : CAROL, row.get("decided_by"));
            List<ResponseUrls.Response> loser = ossi.answers(bobWon ? carolAnswers : bobAnswers);
            assertEquals(1, loser.size(), "only the loser hears, once");
            assertEquals("ephemeral", loser.getFirst().responseType());
            assertTrue(loser.getFirst().text().startsWith(bobWon ? "Already accepted by <@U0BOB>"
                    : "Already declined by <@U0CAROL>"), loser.getFirst().text());
            assertEquals(1, ossi.calls("chat.update", c -> ossi.card(id).equals(c.param("ts"))).size());
            assertEquals(1, count(ossi.posts(ALICE), description, "was " + (bobWon ? "accepted" : "declined")));
            assertEquals(bobWon ? 1 : 0, count(ossi.posts(PUBLIC), description, "contributed"));
        }
    }

    @Test
    void aSubmissionRetriedAfterTheReceiptFailedPostsOneCardAndOneReceipt() throws Exception {
        // the card goes out, then the receipt fails once: the whole handler runs again
        failTheNextPostAfter(c -> MANAGEMENT.equals(c.param("channel")));

        ossi.submit(ALICE, "Triaged twenty issues", "https://github.com/golang/go/issues", "S", "2026-02");
        await().atMost(PATIENCE).until(() -> ossi.posts(ALICE).size() == 1);
        ossi.awaitSettled();

        assertEquals(1, failedPosts(ossi.slack.workspace().imWith(ALICE).id()),
                "the receipt failed once, so the entry was handled twice");
        assertEquals(1, ossi.posts(ALICE).size(), "one receipt");
        assertEquals(1, ossi.posts(MANAGEMENT).size(), "one card");
        assertEquals(1, ossi.rows("SELECT id FROM ossi.contributions").size());
        assertEquals(1, ossi.rows("SELECT id FROM ossi.contributions WHERE card_ts IS NOT NULL").size());
    }

    @Test
    void aDecisionRetriedAfterTheAnnouncementFailedTellsTheSubmitterOnceAndAnnouncesOnce() throws Exception {
        long id = ossi.submitted("Released v2 of a library");
        // the outcome DM goes out, then the announcement fails once: the click's entry is handled again
        failTheNextPostAfter(c -> ossi.slack.workspace().imWith(ALICE).id().equals(c.param("channel"))
                && c.param("text").contains("was accepted"));

        ossi.click(BOB, ReviewViews.ACCEPT, id, "bob");
        await().atMost(PATIENCE).until(() -> ossi.posts(PUBLIC).size() == 1);
        ossi.awaitSettled();

        assertEquals(1, failedPosts(PUBLIC), "the announcement failed once, so the entry was handled twice");
        assertEquals(1, count(ossi.posts(ALICE), "Released v2", "was accepted"), "one outcome");
        assertEquals(1, ossi.posts(PUBLIC).size(), "one announcement");
        assertEquals("ACCEPTED", ossi.contribution(id).get("status"));
        assertTrue(ossi.answers("bob").isEmpty(), "the redelivery is not told it was already decided");
    }

    private int clickWhen(CountDownLatch go, String user, String action, long id, String answerId) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return ossi.click(user, action, id, answerId).statusCode();
    }

    /** Once a successful {@code chat.postMessage} matching {@code after} is answered, the next one fails with 500. */
    private void failTheNextPostAfter(Predicate<Call> after) {
        AtomicBoolean armed = new AtomicBoolean();
        ossi.slack.api().onCall(call -> {
            if (call.method().equals("chat.postMessage") && call.succeeded() && after.test(call)
                    && armed.compareAndSet(false, true)) {
                ossi.slack.failNext("chat.postMessage", Failure.serverError(500));
            }
        });
    }

    private long failedPosts(String channel) {
        return ossi.slack.calls().stream().filter(c -> c.method().equals("chat.postMessage") && !c.succeeded()
                && channel.equals(c.param("channel"))).count();
    }

    private static long count(List<Call> posts, String... fragments) {
        return posts.stream().filter(c -> java.util.Arrays.stream(fragments).allMatch(f -> c.param("text")
                .contains(f))).count();
    }
}
