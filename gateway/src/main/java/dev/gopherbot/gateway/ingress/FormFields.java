package dev.gopherbot.gateway.ingress;

import dev.gopherbot.app.handler.FormBody;
import dev.gopherbot.gateway.reply.RequestRejected;
import java.util.Map;

/** A form-encoded Slack body (slash commands, interactivity) as fields, with 400s naming what is missing. */
public final class FormFields {
    private final Map<String, String> fields;

    private FormFields(Map<String, String> fields) {
        this.fields = fields;
    }

    /** @throws RequestRejected 400 when the body is not a well-formed form */
    public static FormFields parse(byte[] body) {
        try {
            return new FormFields(FormBody.parse(body));
        } catch (FormBody.Malformed e) {
            throw RequestRejected.badRequest(e.getMessage());
        }
    }

    /** @throws RequestRejected 400 {@code missing <name>} when the field is absent or empty */
    public String required(String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw RequestRejected.badRequest("missing " + name);
        }
        return value;
    }

    /** The field, or {@code ""} when absent. */
    public String optional(String name) {
        return fields.getOrDefault(name, "");
    }
}
