package dev.gopherbot.apps.timereport;

import static dev.gopherbot.apps.timereport.TimereportStack.ALICE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.timereport.TimereportStack.Prompt;
import dev.gopherbot.apps.timereport.confirm.Prompts;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.timereportapi.FakeTimeReportApi;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When the time-report API or Slack's response URL is not there: dead letters, the operator's requeue, DMs. */
class DeliveryFailuresIT {
    private static final StreamKind INTERACTION = StreamKind.interaction(TimereportApp.NAME);
    private static TimereportStack stack;

    @BeforeAll
    static void start() {
        stack = new TimereportStack();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @AfterEach
    void apiBackUp() {
        stack.api.up(); // even when a test failed half way
    }

    @Test
    void anApiDownPastTheRetryBudgetIsDeadLetteredAndTheOperatorsRequeueDeliversIt() {
        Prompt prompt = stack.prompt("add vacation 2026-04-06:2026-04-07");
        String url = UUID.randomUUID().toString();
        stack.api.down();

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        await().atMost(Duration.ofSeconds(10)).until(() -> stack.deadLetters(INTERACTION) == 1);
        assertEquals(TimereportStack.MAX_DELIVERIES, stack.apiCalls(prompt).size());
        assertTrue(stack.apiCalls(prompt).stream().allMatch(c -> c.status() == 503));
        assertEquals(List.of(":hourglass_flowing_sand: Saving: add vacation on 6–7 Apr 2026 (2 weekdays, 8 h each)…"),
                stack.slack.responses(url).stream().map(ResponseUrls.Response::text).toList());
        String listed = stack.deadLetterCommand("list", "timereport.interaction");
        assertTrue(listed.contains("time-report API: http 503: service unavailable"), listed);

        stack.api.up();
        stack.deadLetterCommand("requeue", "timereport.interaction", "--all");

        stack.awaitResponse(url, ":white_check_mark: Added vacation on 6–7 Apr 2026 (2 weekdays, 8 h each).");
        assertEquals(2, stack.api.entries(ALICE).stream().filter(e -> e.date().getMonthValue() == 4
                && e.date().getDayOfMonth() <= 7).count());
        assertEquals(TimereportStack.MAX_DELIVERIES + 1, stack.apiCalls(prompt).size());
        assertEquals(0, stack.deadLetters(INTERACTION));
        assertEquals(1, stack.slack.responses(url).stream().filter(r -> r.text().startsWith(":hourglass")).count(),
                "the requeued click does not say Saving again");
    }

    @Test
    void anOutcomeWhoseResponseUrlHasExpiredArrivesAsADirectMessage() {
        Prompt prompt = stack.prompt("add vacation 2026-04-08");
        String spent = stack.spentResponseUrl();

        stack.click(ALICE, Prompts.CONFIRM, prompt, spent);

        String outcome = ":white_check_mark: Added vacation on Wed 8 Apr 2026 (8 h).";
        await().atMost(Duration.ofSeconds(10)).until(() -> !dmsTo(ALICE, outcome).isEmpty());
        stack.awaitIdle();
        assertEquals(1, dmsTo(ALICE, outcome).size());
        assertEquals(ResponseUrls.MAX_USES, stack.slack.responses(spent).size(), "nothing more was accepted there");
        assertEquals(1, stack.api.entries(ALICE).stream().filter(e -> e.date().equals(LocalDate.of(2026, 4, 8)))
                .count());
    }

    @Test
    void aMonthListWhoseResponseUrlHasExpiredArrivesAsADirectMessage() {
        stack.api.seed(new FakeTimeReportApi.Entry(ALICE, LocalDate.of(2026, 5, 11), "sick", 8));
        String spent = stack.spentResponseUrl();

        assertEquals(200, stack.slash(ALICE, "list 2026-05", spent).statusCode());

        String text = "Time report, May 2026: 8 h (sick 8 h).";
        await().atMost(Duration.ofSeconds(10)).until(() -> !dmsTo(ALICE, text).isEmpty());
    }

    private List<Call> dmsTo(String user, String text) {
        String im = "D" + user.substring(1);
        return stack.slack.calls("chat.postMessage").stream()
                .filter(c -> im.equals(c.param("channel")) && text.equals(c.param("text"))).toList();
    }
}
