package dev.gopherbot.apps.ossi.submit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "new contribution" modal as a wire contract: the consumer builds it with these ids, the gateway checks a
 * submission by them, and the consumer reads the accepted submission with {@link #read}. Each input's block id and
 * action id are the same name, so an error keyed by block id lands under its input.
 */
public final class SubmissionForm {
    public static final String CALLBACK_ID = "ossi_new";
    public static final String DESCRIPTION = "description";
    public static final String URL = "url";
    public static final String SIZE = "size";
    public static final String MONTH = "month";

    /** Limits the modal enforces in the client; the gateway enforces them again on what arrives. */
    public static final int MAX_DESCRIPTION = 1_000;
    public static final int MAX_URL = 500;

    private SubmissionForm() {
    }

    /** What was submitted, each field stripped; a missing input reads as empty. */
    public record Fields(String description, String url, String size, String month) {
    }

    /**
     * Reads a {@code view_submission}'s {@code view}: text inputs carry {@code value}, the size's radio buttons a
     * {@code selected_option}.
     */
    public static Fields read(JsonNode view) {
        JsonNode values = view.path("state").path("values");
        return new Fields(value(values, DESCRIPTION), value(values, URL), value(values, SIZE), value(values, MONTH));
    }

    private static String value(JsonNode values, String id) {
        JsonNode input = values.path(id).path(id);
        JsonNode v = input.has("selected_option") ? input.path("selected_option").path("value") : input.path("value");
        return v.isTextual() ? v.asText().strip() : "";
    }
}
