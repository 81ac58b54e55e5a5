package dev.gopherbot.apps.timereport;

import static dev.gopherbot.apps.timereport.TimereportStack.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.apps.timereport.locks.LockedMonths;
import dev.gopherbot.common.stream.StreamKind;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /timereport} mistakes through the real gateway: each gets its specific ephemeral answer in the HTTP response,
 * and nothing reaches a stream.
 */
class ValidationIT {
    private static TimereportStack stack;

    @BeforeAll
    static void start() {
        stack = new TimereportStack();
        // Alice locked December 2026 earlier
        new LockedMonths(stack.commands, stack.appKeys).lock(ALICE, YearMonth.of(2026, 12));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @AfterEach
    void nothingWasEnqueued() {
        assertEquals(0, stack.length(StreamKind.command(TimereportApp.NAME)));
        assertEquals(0, stack.length(StreamKind.interaction(TimereportApp.NAME)));
        assertEquals(0, stack.api.calls().size());
    }

    @ParameterizedTest(name = "/timereport {0}")
    @CsvSource(delimiter = '|', textBlock = """
            add holiday 2026-11-24              | :warning: I don't know the type `holiday`. Types: vacation, sick, vab, parental, overtime.
            add vacation 2026-02-30             | :warning: `2026-02-30` is not a date: February 2026 has 28 days.
            add vacation 2026-11-24:2026-11-20  | :warning: The range `2026-11-24:2026-11-20` ends before it starts: the first date comes first, e.g. 2026-11-20:2026-11-24.
            add vacation 2026-10-01:2026-11-15  | :warning: The range `2026-10-01:2026-11-15` covers 46 days; at most 31 at a time, please (one month).
            add vacation 2026-11-24 9           | :warning: Hours go from 1 to 8 a day, not 9.
            add vacation 2026-11-24 0           | :warning: Hours go from 1 to 8 a day, not 0.
            add vacation 2026-11-28:2026-11-29  | :warning: The range `2026-11-28:2026-11-29` has only weekend days: nothing to report.
            add vacation 2026-12-21:2026-12-24  | :warning: December 2026 is locked: no more changes to it.
            add vacation 2026-11-30:2026-12-01  | :warning: December 2026 is locked: no more changes to it.
            delete 2026-12-01                   | :warning: December 2026 is locked: no more changes to it.
            lock 2026-12                        | :warning: December 2026 is already locked.
            lock 2026-13                        | :warning: `2026-13` is not a month: there is no month 13.
            list 12/2026                        | :warning: `12/2026` is not a month: write it as YYYY-MM, e.g. 2026-11.
            frobnicate                          | Sorry, I don't know `/timereport frobnicate`: unknown command, try `/timereport help`.
            """)
    void eachMistakeIsAnsweredAtOnceAndNothingIsEnqueued(String text, String answer) {
        JsonNode body = stack.answer(text);

        assertEquals("ephemeral", body.path("response_type").asText());
        assertEquals(answer, body.path("text").asText());
        assertTrue(body.path("blocks").isMissingNode(), "an error has no buttons");
    }

    @Test
    void aValidAddAnswersAtOnceWithAPromptToConfirm() {
        TimereportStack.Prompt prompt = stack.prompt("add vacation 2026-11-23:2026-11-26");

        assertEquals("ephemeral", prompt.body().path("response_type").asText());
        assertEquals("Add vacation on 23–26 Nov 2026 (4 weekdays, 8 h each)?", prompt.question());
        assertEquals(prompt.question(), prompt.body().path("text").asText());
        JsonNode buttons = prompt.body().path("blocks").get(1).path("elements");
        assertEquals("timereport_confirm", buttons.get(0).path("action_id").asText());
        assertEquals("Confirm", buttons.get(0).path("text").path("text").asText());
        assertEquals("primary", buttons.get(0).path("style").asText());
        assertEquals("timereport_cancel", buttons.get(1).path("action_id").asText());
        assertEquals(prompt.value(), buttons.get(1).path("value").asText());
        JsonNode value = TimereportStack.json(prompt.value());
        assertEquals("add", value.path("op").asText());
        assertEquals(ALICE, value.path("u").asText());
        assertEquals("2026-11-23", value.path("from").asText());
        assertEquals(8, value.path("h").asInt());
    }

    @Test
    void eachPromptHasItsOwnId() {
        String first = TimereportStack.json(stack.prompt("lock 2026-10").value()).path("id").asText();
        String second = TimereportStack.json(stack.prompt("lock 2026-10").value()).path("id").asText();

        assertTrue(first.length() >= 32, first);
        assertTrue(!first.equals(second));
    }

    @Test
    void helpIsAnsweredAtOnceFromTheRegistrationsAndTheTypes() {
        String help = stack.answer("help").path("text").asText();

        for (String usage : new String[] {"`/timereport add <type> <date or range> [hours]`",
                "`/timereport delete <date> [type]`", "`/timereport lock YYYY-MM`", "`/timereport list [YYYY-MM]`",
                "`/timereport help`", "• `vab` :baby: Caring for a sick child (VAB)"}) {
            assertTrue(help.contains(usage), usage + " in " + help);
        }
        assertEquals(help, stack.answer("").path("text").asText(), "a bare command is help");
    }
}
