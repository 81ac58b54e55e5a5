package dev.gopherbot.simulator.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewStateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPTIONS = "[{\"text\":{\"type\":\"plain_text\",\"text\":\"Small\"},\"value\":\"s\"},"
            + "{\"text\":{\"type\":\"plain_text\",\"text\":\"Large\"},\"value\":\"l\"}]";
    private static final JsonNode VIEW = json("{\"type\":\"modal\",\"blocks\":["
            + "{\"type\":\"input\",\"block_id\":\"what\",\"element\":{\"type\":\"plain_text_input\","
            + "\"action_id\":\"text\",\"multiline\":true,\"min_length\":5}},"
            + "{\"type\":\"input\",\"block_id\":\"size\",\"element\":{\"type\":\"static_select\",\"action_id\":\"pick\","
            + "\"options\":" + OPTIONS + "}},"
            + "{\"type\":\"input\",\"block_id\":\"kind\",\"optional\":true,\"element\":{\"type\":\"radio_buttons\","
            + "\"action_id\":\"r\",\"options\":" + OPTIONS + "}},"
            + "{\"type\":\"input\",\"block_id\":\"tags\",\"optional\":true,\"element\":{\"type\":\"checkboxes\","
            + "\"action_id\":\"c\",\"options\":" + OPTIONS + "}},"
            + "{\"type\":\"input\",\"block_id\":\"when\",\"element\":{\"type\":\"datepicker\",\"action_id\":\"d\"}},"
            + "{\"type\":\"input\",\"block_id\":\"who\",\"optional\":true,\"element\":{\"type\":\"users_select\","
            + "\"action_id\":\"u\"}},"
            + "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"hi\"},\"accessory\":{\"type\":\"button\","
            + "\"action_id\":\"b\"}}]}");

    @Test
    void eachElementTypeGetsSlacksShapeWithOptionsCopiedFromTheView() {
        JsonNode values = ViewState.values(VIEW, json("{\"what\":{\"text\":\"fixed the docs\"},"
                + "\"size\":{\"pick\":\"l\"},\"kind\":{\"r\":\"s\"},\"tags\":{\"c\":[\"s\",\"l\"]},"
                + "\"when\":{\"d\":\"2025-03-31\"},\"who\":{\"u\":\"U0BOB\"}}"));

        assertEquals(json("{\"type\":\"plain_text_input\",\"value\":\"fixed the docs\"}"), values.at("/what/text"));
        assertEquals(json("{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\","
                + "\"text\":\"Large\"},\"value\":\"l\"}}"), values.at("/size/pick"));
        assertEquals("s", values.at("/kind/r/selected_option/value").asText());
        assertEquals(2, values.at("/tags/c/selected_options").size());
        assertEquals("Small", values.at("/tags/c/selected_options/0/text/text").asText());
        assertEquals(json("{\"type\":\"datepicker\",\"selected_date\":\"2025-03-31\"}"), values.at("/when/d"));
        assertEquals("U0BOB", values.at("/who/u/selected_user").asText());
        assertTrue(values.path(VIEW.at("/blocks/6/block_id").asText("none")).isMissingNode(), "a button has no state");
    }

    @Test
    void anEmptyInputHasANullValueAndAnUnknownOptionIsNotSelected() {
        JsonNode values = ViewState.values(VIEW, json("{\"what\":{\"text\":\"\"},\"size\":{\"pick\":\"xl\"}}"));

        assertTrue(values.at("/what/text/value").isNull());
        assertTrue(values.at("/size/pick/selected_option").isNull());
        assertTrue(values.at("/when/d/selected_date").isNull());
        assertEquals(0, values.at("/tags/c/selected_options").size());
    }

    @Test
    void slacksOwnChecksNameRequiredInputsAndTooShortTextsButNotOptionalOnes() {
        assertEquals(Map.of("what", "Must be at least 5 characters.", "when", "Please fill out this field."),
                ViewState.missing(VIEW, json("{\"what\":{\"text\":\"docs\"},\"size\":{\"pick\":\"s\"}}")));
        assertEquals(Map.of(), ViewState.missing(VIEW, json("{\"what\":{\"text\":\"fixed the docs\"},"
                + "\"size\":{\"pick\":\"s\"},\"when\":{\"d\":\"2025-03-31\"}}")));
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
