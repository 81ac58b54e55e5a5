package dev.gopherbot.gateway.interactions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Checks a modal submission in the request itself, without I/O, so the user sees the errors in the open modal
 * (Slack allows this only in the response to the {@code view_submission}, within 3 s).
 */
@FunctionalInterface
public interface SubmissionCheck {
    /** @return error message by input block id, in display order; empty when the submission may be enqueued */
    Map<String, String> errors(JsonNode view);
}
