package dev.gopherbot.apps.cravack.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StravaEventTest {
    @Test
    void anActivityEventIsReadAndKeyedByObjectAspectAndTime() {
        StravaEvent e = parse("{\"aspect_type\":\"update\",\"event_time\":1516126040,\"object_id\":1360128428,"
                + "\"object_type\":\"activity\",\"owner_id\":134815,\"subscription_id\":120475,"
                + "\"updates\":{\"title\":\"Messy\"}}");

        assertTrue(e.isActivity());
        assertEquals(134815, e.ownerId());
        assertEquals("activity:1360128428:update:1516126040", e.dedupKey());
    }

    @Test
    void anAthleteRevokingTheAppIsADeauthorization() {
        StravaEvent e = parse("{\"aspect_type\":\"update\",\"event_time\":1516126040,\"object_id\":134815,"
                + "\"object_type\":\"athlete\",\"owner_id\":134815,\"subscription_id\":120475,"
                + "\"updates\":{\"authorized\":\"false\"}}");

        assertTrue(e.isDeauthorization());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "not json", "{\"object_type\":\"club\",\"aspect_type\":\"create\","
            + "\"object_id\":1,\"owner_id\":1,\"event_time\":1}", "{\"object_type\":\"activity\",\"aspect_type\":"
            + "\"create\",\"object_id\":\"1\",\"owner_id\":1,\"event_time\":1}", "{\"object_type\":\"activity\","
            + "\"aspect_type\":\"create\",\"object_id\":1,\"event_time\":1}", "{\"object_type\":\"activity\","
            + "\"aspect_type\":\"archive\",\"object_id\":1,\"owner_id\":1,\"event_time\":1}"})
    void whatIsNotAStravaEventIsRefused(String body) {
        assertTrue(StravaEvent.parse(body.getBytes(StandardCharsets.UTF_8)).isEmpty(), body);
    }

    private static StravaEvent parse(String body) {
        return StravaEvent.parse(body.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
