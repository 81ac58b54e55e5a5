package dev.gopherbot.apps.gopherbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** xkcd.yaml: the shipped names, name matching, and mistakes named. */
class XkcdFileTest {
    @Test
    void theShippedFileNamesTheStandardsComic() {
        assertEquals(Optional.of(927), Content.xkcd().number("standards"));
    }

    @Test
    void namesMatchIgnoringCaseWithSpacesHyphensAndUnderscoresAlike() {
        XkcdNames names = Content.xkcd("xkcd.yaml", "- comic: 327\n  names: [Bobby Tables]\n");
        assertEquals(Optional.of(327), names.number("bobby-tables"));
        assertEquals(Optional.of(327), names.number(" BOBBY_tables "));
        assertEquals(Optional.empty(), names.number("bobby"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `[{comic: 927, names: [standards]}, {comic: 14, names: [standards]}]` | entry 2 (comic 14): name "standards" is already used by entry 1 (comic 927)
            `[{comic: 927, names: [standards]}, {comic: 303, names: [compiling]}]` | entry 2 (comic 303): comic 303 comes after comic 927
            `[{comic: 0, names: [zero]}]`                 | entry 1 (comic 0): "comic" must be a whole number from 1 to 99999, not 0
            `[{names: [nothing]}]`                        | entry 1: "comic" is missing
            `[{comic: 927, names: [sta/ndards]}]`         | entry 1 (comic 927): name "sta/ndards" may only have letters
            `[{comic: 927, name: [standards]}]`           | entry 1 (comic 927): unknown field "name" (expected comic, names)
            """)
    void aMistakeIsNamedWithItsEntryAndRule(String yaml, String expected) {
        var e = assertThrows(ConfigException.class, () -> Content.xkcd("xkcd.yaml", yaml));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("xkcd.yaml: " + expected)),
                String.join("\n", e.problems()));
    }
}
