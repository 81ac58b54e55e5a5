package dev.gopherbot.apps.usersync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {
    @Test
    void aCursorSurvivesTheRoundTripThroughAUrlWhateverTheName() {
        Cursor cursor = new Cursor("zoë o'brien\nthe second", "U0ZOE");

        String encoded = cursor.encode();

        assertEquals(true, encoded.matches("[A-Za-z0-9_-]+"), encoded);
        assertEquals(Optional.of(cursor), Cursor.decode(encoded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "bm8gbmV3bGluZQ", "ZW5kcyB3aXRoIG5ld2xpbmUK"})
    void anythingElseIsNoCursor(String text) {
        assertEquals(Optional.empty(), Cursor.decode(text));
    }
}
