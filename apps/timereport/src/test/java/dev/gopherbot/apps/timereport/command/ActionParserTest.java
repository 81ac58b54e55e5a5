package dev.gopherbot.apps.timereport.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.timereport.types.TypesFile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActionParserTest {
    /** A Tuesday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final ActionParser parser = new ActionParser(TypesFile.loadDefault());

    /** Each rule: the subcommand, what was typed after it, and the specific answer (a fragment of it). */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("add", "", "What should I add? `/timereport add <type> <date or range> [hours]`"),
                Arguments.of("add", "holiday 2026-11-24", "I don't know the type `holiday`. Types: vacation, sick, "
                        + "vab, parental, overtime."),
                Arguments.of("add", "vacation", "Which days? `/timereport add vacation <date or range> [hours]`"),
                Arguments.of("add", "vacation 24/11", "`24/11` is not a date: write dates as YYYY-MM-DD"),
                Arguments.of("add", "vacation 2026-02-30", "`2026-02-30` is not a date: February 2026 has 28 days."),
                Arguments.of("add", "vacation 2026-13-01", "`2026-13-01` is not a date: there is no month 13."),
                Arguments.of("add", "vacation 2026-04-00", "`2026-04-00` is not a date: April 2026 has 30 days."),
                Arguments.of("add", "vacation 2026-12-24:2026-12-21", "The range `2026-12-24:2026-12-21` ends "
                        + "before it starts"),
                Arguments.of("add", "vacation 2026-12-21:", "`2026-12-21:` is not a range"),
                Arguments.of("add", "vacation 2026-12-21:2026-12-22:2026-12-23", "is not a range"),
                Arguments.of("add", "vacation 2026-07-01:2026-08-01", "The range `2026-07-01:2026-08-01` covers 32 "
                        + "days; at most 31 at a time"),
                Arguments.of("add", "vacation 2026-12-26:2026-12-27", "The range `2026-12-26:2026-12-27` has only "
                        + "weekend days: nothing to report."),
                Arguments.of("add", "vacation 2026-12-26", "2026-12-26 is a Saturday: nothing to report on a "
                        + "weekend."),
                Arguments.of("add", "vacation 2026-11-24 9", "Hours go from 1 to 8 a day, not 9."),
                Arguments.of("add", "vacation 2026-11-24 0", "Hours go from 1 to 8 a day, not 0."),
                Arguments.of("add", "vacation 2026-11-24 four", "Hours are a whole number from 1 to 8, not `four`."),
                Arguments.of("add", "vacation 2026-11-24 4.5", "Hours are a whole number from 1 to 8, not `4.5`."),
                Arguments.of("add", "vacation 2026-11-24 8 please", "Too many words: `please` is more than"),
                Arguments.of("delete", "", "Which day? `/timereport delete <date> [type]`"),
                Arguments.of("delete", "2026-11-31", "`2026-11-31` is not a date: November 2026 has 30 days."),
                Arguments.of("delete", "2026-11-23:2026-11-24", "Delete takes one date, not a range"),
                Arguments.of("delete", "today holiday", "I don't know the type `holiday`"),
                Arguments.of("delete", "today vacation now", "Too many words: `now`"),
                Arguments.of("lock", "", "Which month? `/timereport lock YYYY-MM`"),
                Arguments.of("lock", "november", "`november` is not a month: write it as YYYY-MM, e.g. 2026-11."),
                Arguments.of("lock", "2026-13", "`2026-13` is not a month: there is no month 13."),
                Arguments.of("lock", "2026-11 2026-12", "Too many words: `2026-12`"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mistakes")
    void eachMistakeGetsItsOwnAnswer(String subcommand, String argument, String answer) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> parser.parse(subcommand, argument, TODAY));
        assertTrue(e.getMessage().contains(answer), e.getMessage());
    }

    @Test
    void aListOfAMonthThatIsNotOneIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> parser.listMonth("2026-00", TODAY));
        assertEquals("`2026-00` is not a month: there is no month 0.", e.getMessage());
    }

    @Test
    void markupInWhatWasTypedIsNotEchoed() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> parser.parse("add", "<!channel> today", TODAY));
        assertEquals("I don't know the type `!channel`. Types: vacation, sick, vab, parental, overtime.",
                e.getMessage());
    }

    @Test
    void aRangeOfWeekdaysIsReadWithEightHoursByDefault() throws InvalidInput {
        ReportAction.Add add = (ReportAction.Add) parser.parse("add", "Vacation 2026-12-21:2026-12-24", TODAY);

        assertEquals("vacation", add.type().name());
        assertEquals(new Period(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 24)), add.period());
        assertEquals(8, add.hours());
    }

    @Test
    void todayAndHoursWithAnHAreUnderstood() throws InvalidInput {
        ReportAction.Add add = (ReportAction.Add) parser.parse("add", "sick today 4h", TODAY);

        assertEquals(Period.day(TODAY), add.period());
        assertEquals(4, add.hours());
    }

    @Test
    void aRangeOfExactlyThirtyOneDaysIsAllowed() throws InvalidInput {
        ReportAction.Add add = (ReportAction.Add) parser.parse("add", "parental 2026-07-01:2026-07-31", TODAY);

        assertEquals(23, add.period().weekdays().size());
    }

    @Test
    void deleteTakesADayAndOptionallyAType() throws InvalidInput {
        assertEquals(new ReportAction.Delete(TODAY, Optional.empty()), parser.parse("delete", "today", TODAY));
        ReportAction.Delete delete = (ReportAction.Delete) parser.parse("delete", "2026-11-23 vab", TODAY);
        assertEquals("vab", delete.type().orElseThrow().name());
    }

    @Test
    void listIsThisMonthUnlessOneIsGiven() throws InvalidInput {
        assertEquals(YearMonth.of(2026, 11), parser.listMonth("", TODAY));
        assertEquals(YearMonth.of(2026, 12), parser.listMonth("2026-12", TODAY));
    }

    @Test
    void aRangeOverTwoMonthsTouchesBoth() throws InvalidInput {
        ReportAction action = parser.parse("add", "vacation 2026-12-30:2027-01-04", TODAY);

        assertEquals(java.util.Set.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1)), action.months());
    }
}
