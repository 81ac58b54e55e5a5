package dev.gopherbot.apps.timereport.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.apps.timereport.types.TypesFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummariesTest {
    private final ActionParser parser = new ActionParser(TypesFile.loadDefault());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            add    | vacation 2026-12-21:2026-12-24   | Add vacation on 21–24 Dec 2026 (4 weekdays, 8 h each)?
            add    | vacation 2026-12-18:2026-12-27   | Add vacation on 18–27 Dec 2026 (6 weekdays, 8 h each)?
            add    | sick 2026-11-24 4                | Add sick on Tue 24 Nov 2026 (4 h)?
            add    | vab 2026-11-27:2026-11-29        | Add vab on 27–29 Nov 2026 (1 weekday, 8 h)?
            add    | parental 2026-11-30:2026-12-04   | Add parental on 30 Nov – 4 Dec 2026 (5 weekdays, 8 h each)?
            add    | vacation 2026-12-30:2027-01-04 2 | Add vacation on 30 Dec 2026 – 4 Jan 2027 (4 weekdays, 2 h each)?
            delete | 2026-11-24                       | Delete every entry on Tue 24 Nov 2026?
            delete | 2026-11-24 sick                  | Delete sick on Tue 24 Nov 2026?
            lock   | 2026-11                          | Lock November 2026? No more changes to it after that.
            """)
    void thePromptAsksTheChangeInWords(String subcommand, String argument, String question) throws InvalidInput {
        assertEquals(question, Summaries.question(parser.parse(subcommand, argument, ActionParserTest.TODAY)));
    }
}
