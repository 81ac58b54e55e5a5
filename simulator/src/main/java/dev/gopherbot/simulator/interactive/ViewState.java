package dev.gopherbot.simulator.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A modal's {@code view.state.values} as Slack builds it from what a person entered: per block id, per action id,
 * the element's type and its value in that type's shape ({@code value}, {@code selected_option},
 * {@code selected_options}, {@code selected_date}, {@code selected_user}…; options copied from the view). The page
 * sends plain strings (a list for multi-selects and checkboxes), keyed the same way. {@link #missing} checks what
 * Slack's client checks before it sends anything: required inputs filled, text lengths within bounds.
 */
public final class ViewState {
    private static final Set<String> TEXT = Set.of("plain_text_input", "email_text_input", "url_text_input",
            "number_input");
    private static final Map<String, String> SINGLE = Map.of("datepicker", "selected_date",
            "timepicker", "selected_time", "users_select", "selected_user",
            "conversations_select", "selected_conversation", "channels_select", "selected_channel");
    private static final Map<String, String> MULTI = Map.of("multi_users_select", "selected_users",
            "multi_conversations_select", "selected_conversations", "multi_channels_select", "selected_channels");

    private ViewState() {
    }

    /** One element that holds state, and the block it is in. */
    private record Field(String blockId, JsonNode block, JsonNode element) {
        String actionId() {
            return element.path("action_id").asText("");
        }

        String type() {
            return element.path("type").asText("");
        }
    }

    /** {@code state.values} for {@code view} given {@code inputs} ({@code {block_id: {action_id: value}}}). */
    public static ObjectNode values(JsonNode view, JsonNode inputs) {
        ObjectNode values = Forms.JSON.createObjectNode();
        for (Field f : fields(view)) {
            JsonNode raw = inputs.path(f.blockId()).path(f.actionId());
            boolean input = "input".equals(f.block().path("type").asText());
            if (raw.isMissingNode() && !input) {
                continue; // an untouched select outside an input block has no state
            }
            ObjectNode state = Forms.JSON.createObjectNode().put("type", f.type());
            fill(state, f, raw);
            ObjectNode block = values.has(f.blockId()) ? (ObjectNode) values.get(f.blockId())
                    : values.putObject(f.blockId());
            block.set(f.actionId(), state);
        }
        return values;
    }

    /** What Slack's client would refuse before sending, by block id; empty when the submission may go. */
    public static Map<String, String> missing(JsonNode view, JsonNode inputs) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field f : fields(view)) {
            if (!"input".equals(f.block().path("type").asText())) {
                continue;
            }
            JsonNode raw = inputs.path(f.blockId()).path(f.actionId());
            boolean empty = raw.isMissingNode() || raw.isNull() || (raw.isTextual() && raw.asText().isBlank())
                    || (raw.isArray() && raw.isEmpty());
            if (empty) {
                if (!f.block().path("optional").asBoolean(false)) {
                    errors.put(f.blockId(), "Please fill out this field.");
                }
                continue;
            }
            if (TEXT.contains(f.type()) && raw.isTextual()) {
                int length = raw.asText().length();
                int min = f.element().path("min_length").asInt(0);
                int max = f.element().path("max_length").asInt(3000);
                if (length < min) {
                    errors.put(f.blockId(), "Must be at least " + min + " characters.");
                } else if (length > max) {
                    errors.put(f.blockId(), "Must be " + max + " characters or fewer.");
                }
            }
        }
        return errors;
    }

    private static void fill(ObjectNode state, Field f, JsonNode raw) {
        String type = f.type();
        boolean none = raw.isMissingNode() || raw.isNull() || (raw.isTextual() && raw.asText().isEmpty());
        if (TEXT.contains(type)) {
            if (none) {
                state.putNull("value");
            } else {
                state.put("value", raw.asText());
            }
        } else if (type.equals("static_select") || type.equals("external_select") || type.equals("radio_buttons")) {
            JsonNode option = none ? null : option(f.element(), raw.asText());
            state.set("selected_option", option == null ? Forms.JSON.nullNode() : option);
        } else if (type.equals("multi_static_select") || type.equals("checkboxes")) {
            ArrayNode selected = state.putArray("selected_options");
            for (String value : strings(raw)) {
                JsonNode option = option(f.element(), value);
                if (option != null) {
                    selected.add(option);
                }
            }
        } else if (SINGLE.containsKey(type)) {
            if (none) {
                state.putNull(SINGLE.get(type));
            } else {
                state.put(SINGLE.get(type), raw.asText());
            }
        } else if (MULTI.containsKey(type)) {
            ArrayNode selected = state.putArray(MULTI.get(type));
            strings(raw).forEach(selected::add);
        } else if (!none) {
            state.put("value", raw.asText());
        }
    }

    private static List<Field> fields(JsonNode view) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode block : view.path("blocks")) {
            String blockId = block.path("block_id").asText("");
            switch (block.path("type").asText()) {
                case "input" -> add(fields, blockId, block, block.path("element"));
                case "section" -> add(fields, blockId, block, block.path("accessory"));
                case "actions" -> block.path("elements").forEach(e -> add(fields, blockId, block, e));
                default -> {
                    // no state
                }
            }
        }
        return fields;
    }

    private static void add(List<Field> fields, String blockId, JsonNode block, JsonNode element) {
        String type = element.path("type").asText("");
        if (element.isObject() && !type.equals("button") && !type.equals("overflow") && !type.isEmpty()) {
            fields.add(new Field(blockId, block, element));
        }
    }

    /** The option with this value, from {@code options} or {@code option_groups}, copied as the view has it. */
    private static JsonNode option(JsonNode element, String value) {
        List<JsonNode> all = new ArrayList<>();
        element.path("options").forEach(all::add);
        element.path("option_groups").forEach(g -> g.path("options").forEach(all::add));
        return all.stream().filter(o -> value.equals(o.path("value").asText(null))).findFirst()
                .<JsonNode>map(JsonNode::deepCopy).orElse(null);
    }

    private static List<String> strings(JsonNode raw) {
        List<String> out = new ArrayList<>();
        if (raw.isArray()) {
            raw.forEach(v -> out.add(v.asText()));
        } else if (raw.isTextual() && !raw.asText().isEmpty()) {
            out.add(raw.asText());
        }
        return out;
    }
}
