package dev.gopherbot.testkit.timereportapi;

import com.fasterxml.jackson.databind.ObjectMapper;

/** An HTTP answer of the fake: status and JSON body. */
record Answer(int status, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer error(int status, String message) {
        return new Answer(status, JSON.createObjectNode().put("error", message).toString());
    }
}
