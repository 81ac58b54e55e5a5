package dev.gopherbot.app.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormBodyTest {

    @ParameterizedTest(name = "{0} -> {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            text=hello                         | text     | hello
            text=hello+world                   | text     | hello world
            text=hello%20world                 | text     | hello world
            text=a%2Bb                         | text     | a+b
            text=caf%C3%A9                     | text     | café
            text=                              | text     | ''
            text                               | text     | ''
            text=a%3Db%26c                     | text     | a=b&c
            url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F2%2Fx | url   | https://hooks.slack.com/commands/T1/2/x
            """)
    void aFieldIsDecodedAsSlackEncodesIt(String body, String name, String value) {
        assertEquals(value, FormBody.parse(body).get(name));
    }

    @Test
    void fieldsKeepTheirOrderAndEmptySegmentsAreSkipped() {
        Map<String, String> fields = FormBody.parse("command=%2Fgopher&&text=define+x&user_id=U1&");
        assertEquals(List.of("command", "text", "user_id"), List.copyOf(fields.keySet()));
        assertEquals("/gopher", fields.get("command"));
    }

    @Test
    void anEmptyBodyIsAnEmptyForm() {
        assertEquals(Map.of(), FormBody.parse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text=%ZZ", "text=%E", "a=1&a=2", "=value"})
    void aMalformedBodyIsRefusedWithoutEchoingIt(String body) {
        FormBody.Malformed e = assertThrows(FormBody.Malformed.class, () -> FormBody.parse(body));
        assertEquals(false, e.getMessage().contains("ZZ") || e.getMessage().contains("value"));
    }

    @Test
    void encodeThenParseGivesTheFieldsBack() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payload", "{\"type\":\"block_actions\",\"text\":\"a&b=c +é\"}");
        fields.put("x", "");
        assertEquals(fields, FormBody.parse(FormBody.encode(fields)));
    }
}
