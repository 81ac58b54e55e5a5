package dev.gopherbot.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {

    @ParameterizedTest(name = "[{0}] is cleaned to [{1}]")
    @CsvSource(delimiter = '|', value = {
            "goroutine            | goroutine",
            "'  Goroutine  '      | Goroutine",
            "goroutine?           | goroutine",
            "goroutine ? ?        | goroutine",
            "`goroutine`          | goroutine",
            "`goroutine?`         | goroutine",
            "\"`go vet`\"?        | go vet",
            "‘goroutine’          | goroutine",
            "`unbalanced          | `unbalanced",
            "what's a goroutine   | what's a goroutine",
            "?                    | ''",
    })
    void surroundingWhitespaceQuotesAndTrailingQuestionMarksAreDropped(String query, String expected) {
        assertEquals(expected, Query.clean(query));
    }
}
