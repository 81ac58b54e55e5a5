package dev.gopherbot.common.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlashCatalogTest {

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
        SlashCatalog.Invocation invocation = SlashCatalog.parse(text);
        assertEquals(sub, invocation.subcommand());
        assertEquals(argument, invocation.argument());
    }

    @Test
    void onlyCatalogedSubcommandsAreKnown() {
        assertTrue(SlashCatalog.parse("define x").known());
        assertTrue(SlashCatalog.parse("").known());
        assertFalse(SlashCatalog.parse("frobnicate").known());
    }

    @Test
    void theUnknownAnswerPointsToHelpAndEchoesOnlyAShortHarmlessForm() {
        String text = SlashCatalog.unknownText("/gopher", "<!channel>`" + "x".repeat(100));
        assertTrue(text.contains("try `/gopher help`"), text);
        assertFalse(text.contains("<!channel>"), text);
        assertTrue(text.length() < 120, text);
        assertTrue(SlashCatalog.unknownText("/other", "").contains("`/other`"));
    }
}
