package dev.gopherbot.apps.timereport;

import static dev.gopherbot.apps.timereport.TimereportStack.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.timereportapi.FakeTimeReportApi.Entry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /timereport list}: enqueued by the gateway, read from the fake API by the consumer, shown as Block Kit. */
class ListIT {
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
    void listShowsTheMonthWithDaysTypesHoursAndTotal() {
        stack.api.seed(new Entry(ALICE, LocalDate.of(2026, 6, 2), "vacation", 8));
        stack.api.seed(new Entry(ALICE, LocalDate.of(2026, 6, 1), "sick", 4));
        stack.api.seed(new Entry(ALICE, LocalDate.of(2026, 7, 1), "sick", 8));
        String url = UUID.randomUUID().toString();

        assertEquals("", stack.slash(ALICE, "list 2026-06", url).body(), "enqueued: Slack shows nothing yet");

        ResponseUrls.Response answer = stack.awaitResponse(url, "Time report, June 2026");
        assertEquals("Time report, June 2026: 12 h (sick 4 h, vacation 8 h).", answer.text());
        assertEquals("ephemeral", answer.responseType());
        JsonNode blocks = answer.body().path("blocks");
        assertEquals("Time report, June 2026", blocks.get(0).path("text").path("text").asText());
        assertEquals("`Mon  1`  :face_with_thermometer: sick  4 h\n`Tue  2`  :palm_tree: vacation  8 h",
                blocks.get(1).path("text").path("text").asText());
        assertEquals("*Total: 12 h*  (sick 4 h, vacation 8 h)", blocks.get(3).path("text").path("text").asText());
        assertEquals(1, stack.api.calls("GET").stream().filter(c -> c.query().equals("month=2026-06")).count());
    }

    @Test
    void aMonthLockedInTheApiIsShownLockedAndTheGatewayLearnsIt() {
        stack.api.lock(ALICE, YearMonth.of(2026, 5));
        String url = UUID.randomUUID().toString();

        stack.slash(ALICE, "list 2026-05", url);

        assertEquals("Time report, May 2026: nothing reported, locked.",
                stack.awaitResponse(url, "Time report, May 2026").text());
        assertEquals(":warning: May 2026 is locked: no more changes to it.",
                stack.answer("add vacation 2026-05-04").path("text").asText());
    }

    @Test
    void aMonthUnlockedInTheApiIsOpenAgainAfterAList() {
        stack.api.lock(ALICE, YearMonth.of(2026, 8));
        stack.slash(ALICE, "list 2026-08", "before");
        stack.awaitResponse("before", "Time report, August 2026");
        stack.api.unlock(ALICE, YearMonth.of(2026, 8)); // by an administrator

        stack.slash(ALICE, "list 2026-08", "after");
        stack.awaitResponse("after", "Time report, August 2026");

        assertEquals("Add vacation on Mon 3 Aug 2026 (8 h)?", stack.prompt("add vacation 2026-08-03").question());
    }

    @Test
    void aListIsRetriedWhileTheApiFails() {
        stack.api.failNext(2);
        String url = UUID.randomUUID().toString();

        stack.slash(ALICE, "list 2026-09", url);

        assertTrue(stack.awaitResponse(url, "Time report, September 2026").text().contains("nothing reported"));
        stack.awaitIdle();
        assertEquals(0, stack.deadLetters(StreamKind.command(TimereportApp.NAME)));
    }
}
