package dev.gopherbot.app.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryLaterTest {
    @ParameterizedTest(name = "Retry-After ''{0}'' -> {1}")
    @CsvSource(value = {"7, PT7S", "' 30 ', PT30S", "0, PT1S", "-4, PT30S", "soon, PT30S", "NULL, PT30S",
            "'Thu, 01 Jan 1970 00:00:00 GMT', PT1S"}, nullValues = "NULL")
    void retryAfterIsReadInSecondsOrAsADateAndNeverZero(String header, Duration expected) {
        assertEquals(expected, RetryLater.parseRetryAfter(header));
    }
}
