package dev.gopherbot.apps.cravack.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.apps.cravack.config.Units;
import dev.gopherbot.apps.cravack.strava.Activity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivitySummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1} m in {2} s, {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "Run       | 10020  | 3012 | METRIC   | 10.02 km · 50:12 · 5:01 /km · 121 m",
        "Run       | 10020  | 3012 | IMPERIAL | 6.23 mi · 50:12 · 8:04 /mi · 397 ft",
        "TrailRun  | 21097  | 7509 | METRIC   | 21.10 km · 2:05:09 · 5:56 /km · 121 m",
        "Ride      | 40000  | 4800 | METRIC   | 40.00 km · 1:20:00 · 30.0 km/h · 121 m",
        "Ride      | 40000  | 4800 | IMPERIAL | 24.85 mi · 1:20:00 · 18.6 mph · 397 ft",
        "Hike      | 8000   | 7200 | METRIC   | 8.00 km · 2:00:00 · 15:00 /km · 121 m",
    })
    void theFactsAreInTheConfiguredUnitsWithPaceOnFootAndSpeedOtherwise(String sport, double meters, long seconds,
                                                                        Units units, String facts) {
        Activity a = new Activity(1, 2, "Name", sport, meters, seconds, 121, false);

        assertTrue(ActivitySummary.of(a, "U0ALICE", units).text().endsWith(" — " + facts),
                ActivitySummary.of(a, "U0ALICE", units).text());
    }

    @Test
    void anActivityWithoutDistanceShowsItsTimeAlone() {
        Activity lifting = new Activity(1, 2, "Gym", "WeightTraining", 0, 2700, 0, false);

        assertEquals("Weight Training: Gym — 45:00", ActivitySummary.of(lifting, "U0ALICE", Units.METRIC).text());
    }

    @Test
    void theBlocksNameThePersonAndLinkTheActivityWithItsNameEscaped() throws Exception {
        Activity a = new Activity(12345, 2, "Run <!channel> & back", "Run", 5000, 1500, 0, false);

        JsonNode blocks = JSON.readTree(ActivitySummary.of(a, "U0ALICE", Units.METRIC).blocks());

        String head = blocks.get(0).path("text").path("text").asText();
        assertEquals("<@U0ALICE> · *Run*\n*<https://www.strava.com/activities/12345|Run &lt;!channel&gt; &amp; back>*",
                head);
        assertEquals("*Pace*\n5:00 /km", blocks.get(1).path("fields").get(2).path("text").asText());
        assertFalse(blocks.toString().contains("<!channel>"), "no mention can be smuggled in through a name");
        assertEquals("<https://www.strava.com/activities/12345|View on Strava>",
                blocks.get(2).path("elements").get(0).path("text").asText());
    }
}
