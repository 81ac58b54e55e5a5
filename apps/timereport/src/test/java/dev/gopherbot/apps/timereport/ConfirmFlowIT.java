package dev.gopherbot.apps.timereport;

import static dev.gopherbot.apps.timereport.TimereportStack.ALICE;
import static dev.gopherbot.apps.timereport.TimereportStack.BOB;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.timereport.TimereportStack.Prompt;
import dev.gopherbot.apps.timereport.confirm.Prompts;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.timereportapi.FakeTimeReportApi.Call;
import dev.gopherbot.testkit.timereportapi.FakeTimeReportApi.Entry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Confirm and Cancel through the gateway and the consumer, delivered to the fake time-report API. Each test works on
 * its own days, so they share one stack.
 */
class ConfirmFlowIT {
    private static TimereportStack stack;

    @BeforeAll
    static void start() {
        stack = new TimereportStack();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void confirmDeliversTheChangeAndReplacesThePromptWithTheOutcome() {
        Prompt prompt = stack.prompt("add vacation 2026-03-02:2026-03-08 6");
        String url = url();

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        stack.awaitResponse(url, ":white_check_mark: Added vacation on 2–8 Mar 2026 (5 weekdays, 6 h each).");
        List<ResponseUrls.Response> answers = stack.slack.responses(url);
        assertEquals(List.of(":hourglass_flowing_sand: Saving: add vacation on 2–8 Mar 2026 (5 weekdays, 6 h each)…",
                ":white_check_mark: Added vacation on 2–8 Mar 2026 (5 weekdays, 6 h each)."),
                answers.stream().map(ResponseUrls.Response::text).toList());
        assertTrue(answers.stream().allMatch(ResponseUrls.Response::replaceOriginal), "each replaces the prompt");
        List<Entry> stored = entriesFrom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
        assertEquals(5, stored.size());
        assertTrue(stored.stream().allMatch(e -> e.hours() == 6
                && e.type().equals("vacation") && e.date().getDayOfWeek().getValue() <= 5));
        List<Call> calls = stack.apiCalls(prompt);
        assertEquals(1, calls.size());
        assertEquals("POST", calls.getFirst().method());
        assertEquals("/users/U0ALICE/entries", calls.getFirst().path());
    }

    @Test
    void cancelReplacesThePromptAndNothingIsSentEvenIfConfirmIsClickedAfterwards() {
        Prompt prompt = stack.prompt("add sick 2026-03-10");
        String url = url();

        stack.click(ALICE, Prompts.CANCEL, prompt, url);
        ResponseUrls.Response cancelled = stack.awaitResponse(url, ":no_entry_sign:");
        stack.click(ALICE, Prompts.CONFIRM, prompt, url);
        stack.awaitIdle();

        assertEquals(":no_entry_sign: Cancelled: add sick on Tue 10 Mar 2026 (8 h).", cancelled.text());
        assertTrue(cancelled.replaceOriginal());
        assertEquals(1, stack.slack.responses(url).size(), "the late Confirm says nothing");
        assertEquals(List.of(), stack.apiCalls(prompt));
    }

    @Test
    void aDoubleClickConfirmsOnce() {
        Prompt prompt = stack.prompt("add overtime 2026-03-11 2");
        String first = url();
        String second = url();

        stack.click(ALICE, Prompts.CONFIRM, prompt, first);
        stack.click(ALICE, Prompts.CONFIRM, prompt, second);
        await().atMost(Duration.ofSeconds(10)).until(() -> answered(first, ":white_check_mark:")
                || answered(second, ":white_check_mark:"));
        stack.awaitIdle();

        assertEquals(1, stack.apiCalls(prompt).size(), "one call to the API");
        assertEquals(1, entriesOn(LocalDate.of(2026, 3, 11)).size());
        assertTrue(stack.slack.responses(first).isEmpty() || stack.slack.responses(second).isEmpty(),
                "only the deciding click answers");
    }

    @Test
    void onlyThePersonWhoAskedCanConfirm() {
        Prompt prompt = stack.prompt("add vacation 2026-03-12");
        String url = url();

        stack.click(BOB, Prompts.CONFIRM, prompt, url);
        ResponseUrls.Response answer = stack.awaitResponse(url, "Only");
        stack.awaitIdle();

        assertEquals("Only <@U0ALICE> can confirm this.", answer.text());
        assertFalse(answer.replaceOriginal());
        assertEquals(List.of(), stack.apiCalls(prompt));
    }

    @Test
    void aServerErrorIsRetriedUntilTheApiAnswers() {
        Prompt prompt = stack.prompt("add vab 2026-03-16");
        String url = url();
        stack.api.failNext(2);

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        stack.awaitResponse(url, ":white_check_mark: Added vab on Mon 16 Mar 2026 (8 h).");
        assertEquals(List.of(500, 500, 201), stack.apiCalls(prompt).stream().map(Call::status).toList());
        assertEquals(1, entriesOn(LocalDate.of(2026, 3, 16)).size());
    }

    @Test
    void anAnswerLostAfterTheApiStoredTheEntryIsRetriedWithTheSameKeyAndTheEntryExistsOnce() {
        Prompt prompt = stack.prompt("add parental 2026-03-17");
        String url = url();
        stack.api.loseAnswersNext(1);

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        stack.awaitResponse(url, ":white_check_mark: Added parental on Tue 17 Mar 2026 (8 h).");
        List<Call> calls = stack.apiCalls(prompt);
        assertEquals(List.of(500, 201), calls.stream().map(Call::status).toList());
        assertTrue(calls.get(1).replayed(), "the API answered the retry from its idempotency store");
        assertEquals(1, entriesOn(LocalDate.of(2026, 3, 17)).size());
    }

    @Test
    void aSlowApiIsATimeoutAndTheRetryFindsTheEntryStored() {
        Prompt prompt = stack.prompt("add sick 2026-03-18");
        String url = url();
        stack.api.delayNext(1, Duration.ofMillis(1500)); // TIMEREPORT_API_TIMEOUT is 1s

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        stack.awaitResponse(url, ":white_check_mark: Added sick on Wed 18 Mar 2026 (8 h).");
        await().atMost(Duration.ofSeconds(5)).until(() -> stack.apiCalls(prompt).size() == 2);
        assertEquals(1, entriesOn(LocalDate.of(2026, 3, 18)).size());
    }

    @Test
    void aRefusalIsToldToTheUserAndNotRetried() {
        stack.api.seed(new Entry(ALICE, LocalDate.of(2026, 3, 19), "sick", 8));
        Prompt prompt = stack.prompt("add sick 2026-03-19 4");
        String url = url();

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        ResponseUrls.Response answer = stack.awaitResponse(url, ":x:");
        stack.awaitIdle();
        assertEquals(":x: Could not add sick on Thu 19 Mar 2026 (4 h): sick is already reported on 2026-03-19.",
                answer.text());
        assertTrue(answer.replaceOriginal());
        assertEquals(1, stack.apiCalls(prompt).size());
    }

    @Test
    void aMonthLockedInTheApiIsRefusedAtConfirmAndFromThenOnAtOnce() {
        stack.api.lock(ALICE, YearMonth.of(2026, 2)); // by an administrator: the gateway does not know yet
        Prompt prompt = stack.prompt("add vacation 2026-02-16");
        String url = url();

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        assertEquals(":x: Could not add vacation on Mon 16 Feb 2026 (8 h): February 2026 is locked.",
                stack.awaitResponse(url, ":x:").text());
        assertEquals(":warning: February 2026 is locked: no more changes to it.",
                stack.answer("add sick 2026-02-17").path("text").asText());
    }

    @Test
    void aLockedMonthIsRefusedAtOnceByTheGateway() {
        Prompt prompt = stack.prompt("lock 2026-01");
        String url = url();

        stack.click(ALICE, Prompts.CONFIRM, prompt, url);

        stack.awaitResponse(url, ":lock: Locked January 2026: no more changes to it.");
        assertEquals(List.of("PUT"), stack.apiCalls(prompt).stream().map(Call::method).toList());
        assertTrue(stack.api.locks(ALICE).contains(YearMonth.of(2026, 1)));
        assertEquals(":warning: January 2026 is locked: no more changes to it.",
                stack.answer("delete 2026-01-05").path("text").asText());
        assertEquals(":warning: January 2026 is already locked.", stack.answer("lock 2026-01").path("text").asText());
    }

    @Test
    void deleteRemovesTheDaysEntriesAndSaysWhenThereWereNone() {
        stack.api.seed(new Entry(ALICE, LocalDate.of(2026, 3, 23), "vacation", 4));
        stack.api.seed(new Entry(ALICE, LocalDate.of(2026, 3, 23), "overtime", 2));
        Prompt delete = stack.prompt("delete 2026-03-23");
        Prompt nothing = stack.prompt("delete 2026-03-24 vab");
        String url = url();
        String other = url();

        stack.click(ALICE, Prompts.CONFIRM, delete, url);
        stack.click(ALICE, Prompts.CONFIRM, nothing, other);

        stack.awaitResponse(url, ":wastebasket: Deleted 2 entries on Mon 23 Mar 2026.");
        stack.awaitResponse(other, "Nothing to delete: no vab on Tue 24 Mar 2026.");
        assertEquals(List.of(), entriesOn(LocalDate.of(2026, 3, 23)));
    }

    @Test
    void aChangeThatReachesTheConsumerWithoutTheCheckGetsTheSamePromptThere() {
        String url = url();

        stack.enqueueCommand("add vacation 2026-03-25", url);

        ResponseUrls.Response prompt = stack.awaitResponse(url, "Add vacation");
        assertEquals("Add vacation on Wed 25 Mar 2026 (8 h)?", prompt.text());
        assertEquals(Prompts.CONFIRM, prompt.body().path("blocks").get(1).path("elements").get(0).path("action_id")
                .asText());
    }

    private static boolean answered(String url, String prefix) {
        return stack.slack.responses(url).stream().anyMatch(r -> r.text().startsWith(prefix));
    }

    private static List<Entry> entriesFrom(LocalDate from, LocalDate to) {
        return stack.api.entries(ALICE).stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .toList();
    }

    private static List<Entry> entriesOn(LocalDate date) {
        return stack.api.entries(ALICE).stream().filter(e -> e.date().equals(date)).toList();
    }

    private static String url() {
        return UUID.randomUUID().toString();
    }
}
