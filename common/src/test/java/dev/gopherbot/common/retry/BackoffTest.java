package dev.gopherbot.common.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
    @ParameterizedTest(name = "base {0}, cap {1}, ×{2}, jitter {3}, attempt {4}, draw {5} -> {6}")
    @CsvSource({
            // base,   cap,    mult, jitter, attempt, draw, delay
            "PT1S,     PT30S,  2,    0,      1,       0,    PT1S",     // the first wait is the base
            "PT1S,     PT30S,  2,    0,      2,       0,    PT2S",
            "PT1S,     PT30S,  2,    0,      5,       0,    PT16S",
            "PT1S,     PT30S,  2,    0,      6,       0,    PT30S",    // capped
            "PT1S,     PT30S,  2,    0,      100000,  0,    PT30S",    // no overflow however many failures
            "PT1S,     PT30S,  2,    0,      0,       0,    PT1S",     // no attempt yet counts as the first
            "PT1S,     PT30S,  2,    0,      -3,      0,    PT1S",
            "PT0.1S,   PT2S,   2,    0,      4,       0,    PT0.8S",   // the stream reader's pause
            "PT0.2S,   PT2S,   2,    0,      3,       0,    PT0.8S",   // fractions of a second stay exact
            "PT0.5S,   PT4S,   2,    0,      4,       0,    PT4S",     // Redis at start-up
            "PT0.25S,  PT2S,   2,    0,      3,       0,    PT1S",     // PostgreSQL at start-up
            "PT1S,     PT10S,  3,    0,      3,       0,    PT9S",     // another multiplier
            "PT5S,     PT1M,   1,    0,      40,      0,    PT5S",     // multiplier 1: a constant delay
            "PT10S,    PT1S,   2,    0,      1,       0,    PT1S",     // a cap below the base is still the cap
            "PT0S,     PT1S,   2,    0,      9,       0,    PT0S",     // a zero base stays zero
            "PT4S,     PT30S,  2,    0.5,    1,       0,    PT4S",     // jitter with the lowest draw: untouched
            "PT4S,     PT30S,  2,    0.5,    1,       0.5,  PT3S",     // shortened by jitter × draw of itself
            "PT4S,     PT30S,  2,    0.5,    1,       0.999, PT2.002S", // never below (1 - jitter) of it
            "PT1S,     PT8S,   2,    0.25,   10,      0.5,  PT7S",     // jitter applies after the cap: a cap stays one
    })
    void delayGrowsFromTheBaseByTheMultiplierUpToTheCapAndJitterOnlyShortensIt(Duration base, Duration cap,
            double multiplier, double jitter, long attempt, double draw, Duration expected) {
        assertEquals(expected, new Backoff(base, cap, multiplier, jitter).delay(attempt, draw));
    }

    @ParameterizedTest(name = "attempt {0}")
    @CsvSource({"1", "2", "3", "7", "50"})
    void aRandomDrawStaysWithinTheJitterBand(long attempt) {
        Backoff backoff = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)).withJitter(0.2);
        Duration full = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)).delay(attempt);
        for (int i = 0; i < 200; i++) {
            Duration d = backoff.delay(attempt);
            assertTrue(d.compareTo(full) <= 0 && d.compareTo(full.multipliedBy(8).dividedBy(10)) >= 0,
                    d + " outside [80 %, 100 %] of " + full);
        }
    }

    @ParameterizedTest(name = "base {0}, cap {1}, ×{2}, jitter {3}")
    @CsvSource({"-PT1S, PT1S, 2, 0", "PT1S, -PT1S, 2, 0", "PT1S, PT2S, 0.5, 0", "PT1S, PT2S, NaN, 0",
            "PT1S, PT2S, 2, -0.1", "PT1S, PT2S, 2, 1.5"})
    void nonsenseIsRefusedWhenTheScheduleIsMade(Duration base, Duration cap, double multiplier, double jitter) {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(base, cap, multiplier, jitter));
    }
}
