package dev.gopherbot.gateway.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small header rules: content types, request ids, retry numbers. */
class HeadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/json                  | true",
        "application/json; charset=utf-8  | true",
        "Application/JSON                  | true",
        "text/plain                        | false",
        "application/jsonp                 | false",
        "application/x-www-form-urlencoded | false",
    })
    void jsonContentTypeIsRecognisedIgnoringCaseAndParameters(String header, boolean json) {
        assertEquals(json, ContentTypes.matches(header, ContentTypes.JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9f1c6a4e-3b0e-4d3a-9c51-2a1f6c1b7e44", "abc", "req_1.2:3+4/5=6"})
    void aSafeRequestIdFromTheRouterIsKept(String id) {
        assertEquals(id, RequestIds.resolve(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "line\nbreak", "quote\"", "{json}"})
    void anUnsafeRequestIdIsReplacedByAGeneratedOne(String id) {
        String resolved = RequestIds.resolve(id);
        assertNotEquals(id, resolved);
        assertEquals(4, UUID.fromString(resolved).version());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null,0", "1,1", "3,3", "x,0", "-2,0", "1000,100"})
    void retryNumberIsReadLeniently(String header, int expected) {
        assertEquals(expected, SignedRequestReader.retryNum(header));
    }

    @Test
    void aRequestIdOfTwoHundredCharactersIsKeptButNotLonger() {
        String id = "a".repeat(200);
        assertTrue(RequestIds.isSafe(id));
        assertFalse(RequestIds.isSafe(id + "a"));
    }
}
