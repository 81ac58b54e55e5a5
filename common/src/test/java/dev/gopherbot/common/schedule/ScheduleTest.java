package dev.gopherbot.common.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    @ParameterizedTest(name = "{0} at {1} -> latest {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # schedule                        | now                  | latest due at or before now
            daily 09:00 Europe/Helsinki       | 2024-06-01T05:59:59Z | 2024-05-31T06:00:00Z
            daily 09:00 Europe/Helsinki       | 2024-06-01T06:00:00Z | 2024-06-01T06:00:00Z
            daily 09:00 Europe/Helsinki       | 2024-01-15T07:30:00Z | 2024-01-15T07:00:00Z
            weekly mon 09:00 UTC              | 2024-06-05T12:00:00Z | 2024-06-03T09:00:00Z
            weekly mon 09:00 UTC              | 2024-06-03T08:59:00Z | 2024-05-27T09:00:00Z
            monthly 1 09:00 Europe/Helsinki   | 2024-06-15T12:00:00Z | 2024-06-01T06:00:00Z
            monthly 1 09:00 Europe/Helsinki   | 2024-06-01T05:00:00Z | 2024-05-01T06:00:00Z
            monthly 1 09:00 Europe/Helsinki   | 2024-01-01T06:59:00Z | 2023-12-01T07:00:00Z
            # 29–31 fall on the last day of a shorter month
            monthly 31 09:00 UTC              | 2024-03-01T00:00:00Z | 2024-02-29T09:00:00Z
            monthly 31 09:00 UTC              | 2023-03-01T00:00:00Z | 2023-02-28T09:00:00Z
            monthly 31 09:00 UTC              | 2024-04-30T10:00:00Z | 2024-04-30T09:00:00Z
            monthly 31 09:00 UTC              | 2024-05-30T10:00:00Z | 2024-04-30T09:00:00Z
            monthly 30 09:00 UTC              | 2024-03-15T00:00:00Z | 2024-02-29T09:00:00Z
            every 15m                         | 2024-06-01T09:07:30Z | 2024-06-01T09:00:00Z
            every 15m                         | 2024-06-01T09:15:00Z | 2024-06-01T09:15:00Z
            every 1d                          | 2024-06-01T09:07:30Z | 2024-06-01T00:00:00Z
            every 500ms                       | 1969-12-31T23:59:59.900Z | 1969-12-31T23:59:59.500Z
            # spring forward: 02:30 does not exist on 10 March in New York; due at the shifted 03:30 EDT
            daily 02:30 America/New_York      | 2024-03-10T07:29:00Z | 2024-03-09T07:30:00Z
            daily 02:30 America/New_York      | 2024-03-10T07:30:00Z | 2024-03-10T07:30:00Z
            # fall back: 01:30 happens twice on 3 November; due at the first (EDT) only
            daily 01:30 America/New_York      | 2024-11-03T06:45:00Z | 2024-11-03T05:30:00Z
            daily 03:30 Europe/Helsinki       | 2024-10-27T01:45:00Z | 2024-10-27T00:30:00Z
            """)
    void latestDueTimeAtOrBeforeNow(String schedule, Instant now, Instant expected) {
        assertEquals(expected, Schedule.parse(schedule).latestDueAtOrBefore(now).orElseThrow());
    }

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # schedule                        | after                | next due
            daily 09:00 Europe/Helsinki       | 2024-06-01T06:00:00Z | 2024-06-02T06:00:00Z
            daily 09:00 Europe/Helsinki       | 2024-06-01T05:59:59Z | 2024-06-01T06:00:00Z
            weekly fri 17:00 Europe/Helsinki  | 2024-06-03T00:00:00Z | 2024-06-07T14:00:00Z
            monthly 1 09:00 Europe/Helsinki   | 2024-06-01T06:00:00Z | 2024-07-01T06:00:00Z
            monthly 31 09:00 UTC              | 2024-01-31T09:00:00Z | 2024-02-29T09:00:00Z
            monthly 31 09:00 UTC              | 2024-02-29T09:00:00Z | 2024-03-31T09:00:00Z
            every 15m                         | 2024-06-01T09:00:00Z | 2024-06-01T09:15:00Z
            every 15m                         | 2024-06-01T09:14:59.999999Z | 2024-06-01T09:15:00Z
            # spring forward, once at the shifted instant, then back to 02:30 (now EDT)
            daily 02:30 America/New_York      | 2024-03-09T07:30:00Z | 2024-03-10T07:30:00Z
            daily 02:30 America/New_York      | 2024-03-10T07:30:00Z | 2024-03-11T06:30:00Z
            daily 03:30 Europe/Helsinki       | 2024-03-30T01:30:00Z | 2024-03-31T01:30:00Z
            # fall back: the second 01:30 (06:30Z) is not a due time
            daily 01:30 America/New_York      | 2024-11-03T05:30:00Z | 2024-11-04T06:30:00Z
            daily 03:30 Europe/Helsinki       | 2024-10-27T00:30:00Z | 2024-10-28T01:30:00Z
            # the monthly report due in the autumn-change night is still due once
            monthly 27 03:30 Europe/Helsinki  | 2024-09-27T00:30:00Z | 2024-10-27T00:30:00Z
            """)
    void nextDueTimeAfter(String schedule, Instant after, Instant expected) {
        assertEquals(expected, Schedule.parse(schedule).nextDueAfter(after));
    }

    @ParameterizedTest(name = "{0}: {1} due times in 2024")
    @CsvSource(delimiter = '|', textBlock = """
            daily 02:30 America/New_York  | 366
            daily 01:30 America/New_York  | 366
            daily 03:30 Europe/Helsinki   | 366
            weekly sun 03:30 Europe/Helsinki | 52
            monthly 31 03:30 Europe/Helsinki | 12
            monthly 1 00:00 UTC           | 12
            every 6h                      | 1464
            """)
    void overAYearWithBothClockChangesEveryDueDayComesExactlyOnceAndTheTwoDirectionsAgree(String text, int count) {
        Schedule schedule = Schedule.parse(text);
        Instant start = Instant.parse("2024-01-01T00:00:00Z").minusMillis(1);
        Instant end = Instant.parse("2025-01-01T00:00:00Z").minusMillis(1);
        List<Instant> dues = new ArrayList<>();
        for (Instant t = schedule.nextDueAfter(start); t.isBefore(end); t = schedule.nextDueAfter(t)) {
            dues.add(t);
            assertEquals(t, schedule.latestDueAtOrBefore(t).orElseThrow(), "a due time is its own latest");
            assertEquals(dues.size() > 1 ? dues.get(dues.size() - 2) : schedule.latestDueAtOrBefore(start).get(),
                    schedule.latestDueAtOrBefore(t.minusMillis(1)).orElseThrow(), "just before it, the previous one");
        }
        assertEquals(count, dues.size());
        if (schedule instanceof OnDays days) {
            List<LocalDate> localDays = dues.stream().map(t -> LocalDate.ofInstant(t, days.zone())).toList();
            assertEquals(count, localDays.stream().distinct().count(), "one due time per local day: " + localDays);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            every 15m
            every 90m
            every 1h
            every 500ms
            every 45s
            every 7d
            daily 09:00 Europe/Helsinki
            daily 23:59:30 UTC
            weekly mon 09:00 UTC
            weekly sun 18:30 America/New_York
            monthly 1 09:00 Europe/Helsinki
            monthly 31 00:00 +02:00
            """)
    void toStringGivesTheParsedFormBack(String text) {
        assertEquals(text, Schedule.parse(text).toString());
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '  Daily   9:00 UTC '           | daily 09:00 UTC
            WEEKLY Monday 09:00 UTC         | weekly mon 09:00 UTC
            every 60m                       | every 1h
            every 1440m                     | every 1d
            monthly 01 9:05 Europe/Helsinki | monthly 1 09:05 Europe/Helsinki
            """)
    void parsingIsLenientAboutCaseSpacingAndLeadingZerosAndPrintsTheCanonicalForm(String text, String canonical) {
        assertEquals(canonical, Schedule.parse(text).toString());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''                               | schedule is empty: expected "every 15m"
            hourly 5                         | schedule "hourly 5": unknown kind "hourly": expected every, daily
            daily 09:00                      | schedule "daily 09:00": expected "daily <HH:mm> <zone>", e.g. "daily
            every                            | schedule "every": expected "every <period>"
            every 15x                        | period "15x" is invalid: expected a whole number with ms, s, m, h or d
            every 0m                         | period "0m" is invalid: expected more than zero and at most 366d
            every 400d                       | period "400d" is invalid
            daily 25:00 UTC                  | time "25:00" is invalid: expected HH:mm on a 24-hour clock
            daily 9am UTC                    | time "9am" is invalid
            daily 09:00 Europe/Helsinky      | time zone "Europe/Helsinky" is unknown: expected an IANA zone
            daily 09:00 europe/helsinki      | time zone "europe/helsinki" is unknown
            weekly mo 09:00 UTC              | day "mo" is invalid: expected mon, tue, wed, thu, fri, sat or sun
            weekly mon 09:00                 | expected "weekly <day> <HH:mm> <zone>"
            monthly 32 09:00 UTC             | day of month "32" is invalid: expected 1–31 (29–31 mean the last day
            monthly 0 09:00 UTC              | day of month "0" is invalid
            monthly first 09:00 UTC          | day of month "first" is invalid
            """)
    void aWrongScheduleIsRefusedWithAMessageNamingTheWrongPart(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void theFactoriesAndTheParserMakeEqualSchedules() {
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        assertEquals(Schedule.monthly(1, LocalTime.of(9, 0), helsinki),
                Schedule.parse("monthly 1 09:00 Europe/Helsinki"));
        assertEquals(Schedule.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC")),
                Schedule.parse("weekly mon 09:00 UTC"));
        assertEquals(Schedule.daily(LocalTime.of(9, 0), helsinki), Schedule.parse("daily 09:00 Europe/Helsinki"));
        assertEquals(Schedule.every(Duration.ofMinutes(15)), Schedule.parse("every 15m"));
    }

    @Test
    void theFactoriesRefuseWhatTheFormCannotExpress() {
        LocalTime nine = LocalTime.of(9, 0);
        ZoneId utc = ZoneId.of("UTC");
        assertThrows(IllegalArgumentException.class, () -> Schedule.monthly(0, nine, utc));
        assertThrows(IllegalArgumentException.class, () -> Schedule.monthly(32, nine, utc));
        assertThrows(IllegalArgumentException.class, () -> Schedule.every(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Schedule.every(Duration.ofNanos(1500)));
        assertThrows(IllegalArgumentException.class, () -> Schedule.daily(nine.withNano(1), utc));
        assertThrows(IllegalArgumentException.class, () -> Schedule.weekly(null, nine, utc));
    }
}
