package dev.gopherbot.common.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {
    /** Wed, 21 Oct 2026 07:28:00 GMT. */
    private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");

    @ParameterizedTest(name = "Retry-After ''{0}'' -> {1}")
    @CsvSource(value = {
            "7,                                  PT7S",
            "' 30 ',                             PT30S",   // whitespace around the number
            "120,                                PT2M",
            "0,                                  PT1S",    // never zero: no hot loop
            "86400,                              PT24H",
            "86401,                              PT24H",   // at most a day
            "99999999999999999999999,            PT24H",   // too long for a long, still at most a day
            "'Wed, 21 Oct 2026 07:30:00 GMT',    PT2M",    // an HTTP-date, measured from now
            "'Wed, 21 Oct 2026 07:28:00 GMT',    PT1S",    // now: the minimum
            "'Tue, 20 Oct 2026 07:28:00 GMT',    PT1S",    // in the past: the minimum
            "'Fri, 23 Oct 2026 07:28:00 GMT',    PT24H",   // further than a day ahead
            "-4,                                 NONE",    // not delay-seconds
            "+5,                                 NONE",
            "1.5,                                NONE",
            "soon,                               NONE",
            "'2026-10-21T07:30:00Z',             NONE",    // ISO is not an HTTP-date
            "'',                                 NONE",
            "NULL,                               NONE",
    }, nullValues = "NULL")
    void retryAfterIsReadAsSecondsOrAnHttpDateBetweenASecondAndADay(String header, String expected) {
        Optional<Duration> want = expected.equals("NONE") ? Optional.empty() : Optional.of(Duration.parse(expected));
        assertEquals(want, RetryAfter.parse(header, NOW));
    }
}
