package dev.gopherbot.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamKindTest {

    @ParameterizedTest(name = "{0} in a {1} goes to {2}")
    @CsvSource(nullValues = "null", value = {
        "message, channel, message.public",
        "message, null, message.public",
        "message, group, message.private",
        "message, im, message.private",
        "message, mpim, message.private",
        "message, app_home, message.private",
        "app_mention, channel, message.public",
        "team_join, null, team_join",
        "member_joined_channel, C, member_joined_channel",
    })
    void routedEventsGoToTheStreamOfTheirKind(String type, String channelType, String stream) {
        assertEquals(Optional.of(stream), StreamKind.forEvent(type, channelType).map(StreamKind::wireName));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"reaction_added", "channel_created", "null", "''"})
    void otherEventTypesAreNotRouted(String type) {
        assertEquals(Optional.empty(), StreamKind.forEvent(type, null));
    }
}
