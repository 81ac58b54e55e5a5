package dev.gopherbot.app.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlashTextTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''                        | help    | ''
            '   '                     | help    | ''
            help                      | help    | ''
            define goroutine          | define  | goroutine
            DEFINE   Go  Modules      | define  | Go  Modules
            suggest                   | suggest | ''
            'define\tchannel '        | define  | channel
            frobnicate now            | frobnicate | now
            """)
    void theFirstWordIsTheSubcommandAndTheRestItsArgument(String text, String sub, String argument) {
        SlashText.Invocation invocation = SlashText.parse(text);
        assertEquals(sub, invocation.subcommand());
        assertEquals(argument, invocation.argument());
    }

    @Test
    void theUnknownAnswerPointsToHelpAndEchoesOnlyAShortHarmlessForm() {
        String text = SlashText.unknownText("/gopher", "<!channel>`" + "x".repeat(100), true);
        assertTrue(text.contains("try `/gopher help`"), text);
        assertFalse(text.contains("<!channel>"), text);
        assertTrue(text.length() < 120, text);
    }

    @Test
    void anUnknownCommandIsEchoedAloneWithoutAHelpHint() {
        String text = SlashText.unknownText("/other", "x", false);
        assertTrue(text.contains("`/other`"), text);
        assertFalse(text.contains("help"), text);
    }
}
