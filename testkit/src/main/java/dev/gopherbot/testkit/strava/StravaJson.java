package dev.gopherbot.testkit.strava;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON bits of the fake's answers, in Strava's shapes. */
final class StravaJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private StravaJson() {
    }

    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Strava's error body: {@code {"message":…,"errors":[{"resource":…,"field":…,"code":…}]}}. */
    static String fault(String message, String resource, String field, String code) {
        return "{\"message\":" + quote(message) + ",\"errors\":[{\"resource\":" + quote(resource) + ",\"field\":"
                + quote(field) + ",\"code\":" + quote(code) + "}]}";
    }
}
