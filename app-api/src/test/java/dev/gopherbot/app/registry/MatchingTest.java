package dev.gopherbot.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchingTest {
    @ParameterizedTest(name = "[{index}] \"{1}\" in \"{0}\": {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            i like the gopher              | gopher             | true
            gopher!                        | gopher             | true
            the gopher's hat               | gopher             | true
            (gopher)                       | gopher             | true
            i like gophers                 | gopher             | false
            gopherbot is here              | gopher             | false
            my_gopher                      | gopher             | false
            égopher                        | gopher             | false
            café gopher                    | gopher             | true
            let's go!                      | go                 | true
            long ago                       | go                 | false
            go-pher                        | go                 | true
            beer me please                 | beer me            | true
            beer meat please               | beer me            | false
            no beer me                     | beer me            | true
            (╯°□°)╯︵ ┻━┻                  | (╯°□°)╯︵ ┻━┻      | true
            x(╯°□°)╯︵ ┻━┻x                | (╯°□°)╯︵ ┻━┻      | true
            (ノಠ益ಠ)ノ彡┻━┻                 | 彡                 | true
            (╯°□°)╯︵ ┻━┻                  | ︵                 | true
            ゴーファー                       | ファ               | true
            gopher gopherbot               | gopher             | true
            gopherbot gopher               | gopher             | true
            ``                             | gopher             | false
            """)
    void triggersMatchWholeWordsIgnoringCase(String text, String trigger, boolean expected) {
        assertEquals(expected, Matching.containsTrigger(text, Matching.normalize(trigger)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is command \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            help                      | help
            `  Flip   A  Coin?!  `    | flip a coin
            HELP.                     | help
            what can you do?          | what can you do
            ?                         | ``
            """)
    void commandTextIgnoresCaseSpacesAndTrailingPunctuation(String text, String key) {
        assertEquals(key, Matching.commandKey(text));
    }
}
