package dev.gopherbot.gateway.interactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.ingress.Audience;
import dev.gopherbot.gateway.ingress.FormFields;
import dev.gopherbot.gateway.ingress.SignedRequest;
import dev.gopherbot.gateway.ingress.SlackEndpoint;
import dev.gopherbot.gateway.queue.Acknowledger;
import dev.gopherbot.gateway.queue.QueuedEvent;
import dev.gopherbot.gateway.reply.Reply;
import dev.gopherbot.gateway.reply.RequestRejected;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /slack/<app>/interactions}: button clicks ({@code block_actions}), modal submissions and closings
 * ({@code view_submission}, {@code view_closed}) and shortcuts, form-encoded with the JSON in a {@code payload} field.
 * Each is appended to the {@code interaction} stream and acknowledged with an empty 200, which also closes a
 * submitted modal. A submission whose errors can be decided without I/O (the app's {@code SubmissionCheck}) is
 * answered at once with {@code response_action: errors} instead, and not enqueued: the modal stays open with the errors.
 *
 * <p>The dedup key is the {@code trigger_id} (one per user interaction); {@code view_closed} has none, so its key is
 * {@code sha256:} and the hex SHA-256 of the raw body, which a redelivery of the same request repeats exactly.
 */
public final class InteractionsEndpoint implements SlackEndpoint {
    /** Under an app's {@code /slack/<app>}, and under {@code /slack} in a deployment of one app. */
    public static final String SUFFIX = "/interactions";
    /** Where a deployment of one app answers, as before apps existed. */
    public static final String PATH = "/slack" + SUFFIX;
    /** The payload types the consumer handles; others (legacy dialogs, external select options) are acknowledged. */
    static final Set<String> ROUTED = Set.of("block_actions", "view_submission", "view_closed", "shortcut",
            "message_action");
    private static final ObjectMapper JSON = JsonMapper.builder()
            // two "type" or "callback_id" keys could be checked one way here and handled another way later
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final AppDefinition app;
    private final Audience audience;
    private final Acknowledger acknowledger;

    /** Submissions are checked by the app's {@code SubmissionCheck} for the view's {@code callback_id}, if any. */
    public InteractionsEndpoint(AppDefinition app, Audience audience, Acknowledger acknowledger) {
        this.app = app;
        this.audience = audience;
        this.acknowledger = acknowledger;
    }

    @Override
    public Reply handle(SignedRequest request) {
        JsonNode payload = payload(FormFields.parse(request.body()).required("payload"));
        String type = text(payload, "type");
        if (type.isEmpty()) {
            throw RequestRejected.badRequest("missing payload.type");
        }
        audience.verify(text(payload, "api_app_id"), text(payload.path("team"), "id"));
        String key = dedupKey(payload, request.body());
        if (!ROUTED.contains(type)) {
            return Reply.ignored(key, type);
        }
        if (type.equals("view_submission")) {
            Map<String, String> errors = app.submissionCheck(text(payload.path("view"), "callback_id"))
                    .map(check -> check.errors(payload.path("view"))).orElse(Map.of());
            if (!errors.isEmpty()) {
                return Reply.answered(errorsResponse(errors), "submission has errors");
            }
        }
        return acknowledger.append(StreamKind.interaction(app.name()), new QueuedEvent(key, request.receivedAtMs() / 1000,
                request.receivedAtMs(), request.requestId(), request.retryNum(), request.body()));
    }

    static String dedupKey(JsonNode payload, byte[] body) {
        String trigger = text(payload, "trigger_id");
        if (!trigger.isEmpty()) {
            return trigger;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static JsonNode payload(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw RequestRejected.badRequest("payload is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input; the reason must not
            throw RequestRejected.badRequest("payload is not valid JSON");
        }
    }

    /** {@code {"response_action":"errors","errors":{"<block_id>":"<message>"}}}: Slack shows each under its input. */
    static String errorsResponse(Map<String, String> errors) {
        ObjectNode body = JSON.createObjectNode().put("response_action", "errors");
        ObjectNode byBlock = body.putObject("errors");
        errors.forEach(byBlock::put);
        return body.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : "";
    }
}
