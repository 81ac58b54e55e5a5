package dev.gopherbot.app.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Checks a modal submission in the gateway, without I/O, so the user sees the errors in the open modal (Slack allows
 * this only in the response to the {@code view_submission}, within 3 s). A submission with errors is not enqueued.
 */
@FunctionalInterface
public interface SubmissionCheck {
    /** @return error message by input block id, in display order; empty when the submission may be enqueued */
    Map<String, String> errors(JsonNode view);
}
