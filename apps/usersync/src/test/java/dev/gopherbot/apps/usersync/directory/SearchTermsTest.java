package dev.gopherbot.apps.usersync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTermsTest {
    @ParameterizedTest(name = "[{index}] \"{0}\" searches {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            ali                                  => ali:*
            Ali  Lid                             => ali:* & lid:*
            O'Brien                              => o:* & brien:*
            José                                 => josé:*
            '; DROP TABLE users; --              => drop:* & table:* & users:*
            a:* | b & !c (d)                     => a:* & b:* & c:* & d:*
            !&|():*'                             => ""
            "   "                                => ""
            a b c d e f g h i j                  => a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:*
            """)
    void onlyWordsOfLettersAndDigitsBecomePrefixTerms(String typed, String tsquery) {
        assertEquals(tsquery, SearchTerms.tsquery(typed));
    }
}
