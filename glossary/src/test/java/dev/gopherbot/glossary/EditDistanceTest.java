package dev.gopherbot.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "\"{0}\" to \"{1}\" is {2}")
    @CsvSource({
            "'',        '',         0",
            "'',        abc,        3",
            "goroutine, goroutine,  0",
            "gorotuine, goroutine,  1",
            "chanel,    channel,    1",
            "deffer,    defer,      1",
            "mutexes,   mutex,      2",
            "kitten,    sitting,    3",
            "ca,        abc,        3",
    })
    void distanceCountsInsertionsDeletionsSubstitutionsAndNeighbourSwaps(String a, String b, int expected) {
        assertEquals(expected, EditDistance.between(a, b));
        assertEquals(expected, EditDistance.between(b, a));
    }
}
