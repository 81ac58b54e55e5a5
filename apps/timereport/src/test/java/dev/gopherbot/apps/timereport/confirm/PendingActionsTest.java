package dev.gopherbot.apps.timereport.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.timereport.command.ActionParser;
import dev.gopherbot.apps.timereport.command.InvalidInput;
import dev.gopherbot.apps.timereport.command.ReportAction;
import dev.gopherbot.apps.timereport.types.TypesFile;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PendingActionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final ActionParser parser = new ActionParser(TypesFile.loadDefault());
    private final PendingActions codec = new PendingActions(parser);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            add    | vacation 2026-12-21:2026-12-24 6
            delete | 2026-11-24
            delete | 2026-11-24 sick
            lock   | 2026-11
            """)
    void aChangeSurvivesTheTripThroughTheButtons(String subcommand, String argument) throws InvalidInput {
        ReportAction action = parser.parse(subcommand, argument, TODAY);
        PendingAction pending = new PendingAction("0f3c2a9e-5b1d-4c8e-9a7f-1e2d3c4b5a69", "U0ALICE", action);

        String value = PendingActions.encode(pending);

        assertEquals(pending, codec.decode(value));
        assertTrue(value.length() < 200, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"id\":\"short\",\"u\":\"U0ALICE\",\"op\":\"lock\",\"month\":\"2026-11\"}",
            "{\"id\":\"0f3c2a9e-5b1d\",\"u\":\"U0ALICE\",\"op\":\"drop\"}",
            "{\"id\":\"0f3c2a9e-5b1d\",\"u\":\"U0ALICE\",\"op\":\"lock\",\"month\":\"2026-13\"}",
            "{\"id\":\"0f3c2a9e-5b1d\",\"u\":\"U0ALICE\",\"op\":\"add\",\"type\":\"sick\",\"from\":\"2026-11-24\","
                    + "\"to\":\"2026-11-23\",\"h\":8}",
            "{\"id\":\"0f3c2a9e-5b1d\",\"u\":\"U0ALICE\",\"op\":\"add\",\"type\":\"sick\",\"from\":\"2026-11-24\","
                    + "\"to\":\"2026-11-24\",\"h\":12}",
            "{\"id\":\"0f3c2a9e-5b1d\",\"op\":\"lock\",\"month\":\"2026-11\"}"})
    void aValueThisAppDidNotWriteIsRefused(String value) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> codec.decode(value));
        assertEquals("I can't read this prompt any more; please run the command again.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"0f3c2a9e-5b1d\",\"u\":\"U0ALICE\",\"op\":\"add\",\"type\":\"sabbatical\","
            + "\"from\":\"2026-11-24\",\"to\":\"2026-11-24\",\"h\":8}"})
    void aTypeThatLeftTheDataFileSinceThePromptIsNamed(String value) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> codec.decode(value));
        assertTrue(e.getMessage().startsWith("I don't know the type `sabbatical`"), e.getMessage());
    }
}
