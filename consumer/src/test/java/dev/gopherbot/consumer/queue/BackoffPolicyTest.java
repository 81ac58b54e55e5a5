package dev.gopherbot.consumer.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffPolicyTest {
    private final EntryWorker.Policy policy = new EntryWorker.Policy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    @ParameterizedTest(name = "delivery {0}, handler asked {1} ms → wait {2} ms")
    @CsvSource({
        "1, 0, 1000",
        "2, 0, 2000",
        "3, 0, 4000",
        "4, 0, 8000",
        "5, 0, 15000",    // capped at half the visibility timeout
        "60, 0, 15000",   // no overflow for absurd counts
        "1, 3000, 3000",  // never sooner than Retry-After
        "5, 20000, 20000",
    })
    void backoffDoublesPerDeliveryIsCappedAndHonoursTheHandlersRequest(long delivery, long askedMs, long waitMs) {
        assertEquals(Duration.ofMillis(waitMs), policy.backoff(delivery, Duration.ofMillis(askedMs)));
    }

    @ParameterizedTest
    @CsvSource({"9-0, 10-0, -1", "10-0, 9-0, 1", "5-2, 5-10, -1", "7-1, 7-1, 0"})
    void streamIdsCompareAsNumbers(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(Reclaimer.compareIds(a, b)));
    }
}
