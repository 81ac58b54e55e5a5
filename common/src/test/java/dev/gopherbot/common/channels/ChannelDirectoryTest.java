package dev.gopherbot.common.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelDirectoryTest {
    private final ChannelDirectory directory = ChannelDirectory.of(List.of(
            new Channel("C0NEWBIES", "newbies"), new Channel("C0GOTIME", "gotimefm")));

    @ParameterizedTest
    @ValueSource(strings = {"newbies", "#newbies", "Newbies", " #NEWBIES "})
    void aNameIsFoundWithOrWithoutHashAndInAnyCase(String name) {
        assertEquals(Optional.of(new Channel("C0NEWBIES", "newbies")), directory.byName(name));
    }

    @Test
    void anIdIsFoundWithItsName() {
        assertEquals(Optional.of(new Channel("C0GOTIME", "gotimefm")), directory.byId("C0GOTIME"));
    }

    @Test
    void unknownNamesAndIdsAreEmpty() {
        assertTrue(directory.byName("#nope").isEmpty());
        assertTrue(directory.byId("C0NOPE").isEmpty());
    }
}
