package dev.gopherbot.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreamKindTest {

    @ParameterizedTest(name = "{0} in a {1} goes to {2}")
    @CsvSource(nullValues = "null", value = {
        "message, channel, app.message.public",
        "message, null, app.message.public",
        "message, group, app.message.private",
        "message, im, app.message.private",
        "message, mpim, app.message.private",
        "message, app_home, app.message.private",
        "app_mention, channel, app.message.public",
        "team_join, null, app.team_join",
        "member_joined_channel, C, app.member_joined_channel",
        "user_change, null, app.user_change",
    })
    void eventsGoToTheAppsStreamOfTheirKind(String type, String channelType, String stream) {
        assertEquals(stream, StreamKind.forEvent("app", type, channelType).wireName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gopherbot.command", "ossi.webhook.strava", "a1.message.public"})
    void theWireNameReadsBack(String wire) {
        assertEquals(wire, StreamKind.fromWireName(wire).orElseThrow().wireName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "command", ".command", "Gopher.command", "gopherbot.", "gopherbot.Command"})
    void aMalformedWireNameIsNoKind(String wire) {
        assertEquals(Optional.empty(), StreamKind.fromWireName(wire));
    }

    @ParameterizedTest
    @CsvSource({"Ossi, command", "ossi, ''", "os si, command"})
    void aKindNeedsALowerCaseAppAndName(String app, String name) {
        assertThrows(IllegalArgumentException.class, () -> new StreamKind(app, name));
    }
}
