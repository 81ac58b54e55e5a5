package dev.gopherbot.bgtasks.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobRunnerBackoffTest {
    @ParameterizedTest(name = "interval {0}, failure {1}, cap {2} -> {3}")
    @CsvSource({
            "PT1M,  1, PT15M, PT30S",  // the first retry of a slow job does not wait a whole interval
            "PT1M,  2, PT15M, PT1M",
            "PT1M,  3, PT15M, PT2M",
            "PT1M,  6, PT15M, PT15M",  // capped
            "PT1M, 60, PT15M, PT15M",  // no overflow after many failures
            "PT0.2S, 1, PT2S, PT0.2S", // a fast job retries at its own pace
            "PT0.2S, 3, PT2S, PT0.8S",
            "PT10M, 1, PT1S, PT30S",   // a cap below the base never makes the retry faster than the base
    })
    void failuresDoubleTheDelayUpToTheCap(Duration interval, int failures, Duration cap, Duration expected) {
        assertEquals(expected, JobRunner.backoff(interval, failures, cap));
    }
}
