package dev.gopherbot.common.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.common.slack.SlackCallFailed.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackErrorsTest {
    @ParameterizedTest(name = "ok:false {0} -> {1}")
    @CsvSource({
            "internal_error,      TRANSIENT",
            "fatal_error,         TRANSIENT",
            "service_unavailable, TRANSIENT",
            "request_timeout,     TRANSIENT",
            "ratelimited,         TRANSIENT",
            "rate_limited,        TRANSIENT",   // chat.postMessage's spelling: was discarded as permanent before
            "team_added_to_org,   TRANSIENT",
            "channel_not_found,   PERMANENT",
            "not_in_channel,      PERMANENT",
            "is_archived,         PERMANENT",
            "invalid_auth,        PERMANENT",
            "expired_trigger_id,  PERMANENT",
            "msg_too_long,        PERMANENT",
            "something_new,       PERMANENT",   // an error we do not know will not fix itself either
    })
    void okFalseErrorsAreTransientOnlyWhenSlackSaysTryLater(String error, Kind expected) {
        assertEquals(expected, SlackErrors.ofError(error));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
            "429, RATE_LIMITED",
            "500, TRANSIENT",
            "502, TRANSIENT",
            "503, TRANSIENT",
            "504, TRANSIENT",
            "408, TRANSIENT",
            "400, PERMANENT",
            "403, PERMANENT",
            "404, PERMANENT",   // a spent response_url, an unknown method
            "410, PERMANENT",
            "413, PERMANENT",
            "302, TRANSIENT",   // never reaches a caller through the SDK; no reason to give up on it
    })
    void httpStatusesAreRateLimitedTransientOrPermanent(int status, Kind expected) {
        assertEquals(expected, SlackErrors.ofStatus(status));
    }
}
