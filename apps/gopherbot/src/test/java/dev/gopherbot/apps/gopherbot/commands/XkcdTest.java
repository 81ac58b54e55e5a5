package dev.gopherbot.apps.gopherbot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.gopherbot.content.XkcdNames;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@code xkcd:<argument>} is read: a comic by number or name, or an explanation of what is wrong. */
class XkcdTest {
    private final Xkcd xkcd = new Xkcd(XkcdNames.of(Map.of("standards", 927, "bobby-tables", 327)));

    @ParameterizedTest(name = "[{index}] xkcd:{0} -> {1}")
    @CsvSource(textBlock = """
            927,            927
            '  1 ',         1
            +15,            15
            007,            7
            99999,          99999
            standards,      927
            Bobby Tables,   327
            bobby_tables,   327
            """)
    void aComicIsFoundByNumberOrName(String argument, int number) {
        assertEquals(new Xkcd.Comic(number), xkcd.resolve(argument));
    }

    @ParameterizedTest(name = "[{index}] xkcd:{0}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            ''                      | Which comic?
            0                       | there is no comic 0.
            -0                      | there is no comic 0.
            -12                     | there is no comic -12.
            100000                  | is far beyond the newest comic
            12345678901234567890    | is far beyond the newest comic
            1e3                     | I know no xkcd called `1e3`.
            stand ards              | one of the names I know: bobby-tables, standards.
            """)
    void badInputIsExplained(String argument, String expected) {
        Xkcd.Result result = xkcd.resolve(argument);
        assertInstanceOf(Xkcd.Problem.class, result);
        String text = ((Xkcd.Problem) result).text();
        assertTrue(text.contains(expected), text);
    }
}
