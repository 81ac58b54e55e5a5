package dev.gopherbot.gateway.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.gopherbot.gateway.reply.RequestRejected;
import java.io.IOException;

/**
 * Pulls the routing fields out of an Events API body with Jackson's streaming parser: one pass, no tree, no data
 * binding; nested objects other than {@code event} are skipped. Still validates the whole body as JSON, so a
 * truncated or garbled body is refused here rather than by a consumer later.
 */
public final class EnvelopeParser {
    private static final JsonFactory JSON = JsonFactory.builder()
            // two "type" keys could route one way here and parse another way in the consumer
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private EnvelopeParser() {
    }

    /** @throws RequestRejected 400 for malformed JSON or a missing required field */
    public static Envelope parse(byte[] body) {
        try (JsonParser p = JSON.createParser(body)) {
            Envelope envelope = readRoot(p);
            if (p.nextToken() != null) {
                throw RequestRejected.badRequest("trailing content after the JSON object");
            }
            return validate(envelope);
        } catch (IOException e) {
            // Jackson's message quotes the input; the reason must not
            throw RequestRejected.badRequest("malformed JSON");
        }
    }

    private static Envelope readRoot(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw RequestRejected.badRequest("body is not a JSON object");
        }
        String type = null, eventId = null, apiAppId = null, teamId = null, challenge = null;
        Long eventTime = null;
        String[] event = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type" -> type = string(p, value, name);
                case "event_id" -> eventId = string(p, value, name);
                case "api_app_id" -> apiAppId = string(p, value, name);
                case "team_id" -> teamId = string(p, value, name);
                case "challenge" -> challenge = string(p, value, name);
                case "event_time" -> eventTime = epochSeconds(p, value);
                case "event" -> event = readEvent(p, value);
                default -> p.skipChildren();
            }
        }
        return new Envelope(type, eventId, eventTime, apiAppId, teamId, challenge, event != null,
                event == null ? null : event[0], event == null ? null : event[1]);
    }

    /** Reads {@code event.type} and {@code event.channel_type}; everything else in the event is skipped. */
    private static String[] readEvent(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            throw RequestRejected.badRequest("event must be an object");
        }
        String[] typeAndChannelType = new String[2];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "type" -> typeAndChannelType[0] = string(p, v, "event.type");
                case "channel_type" -> typeAndChannelType[1] = string(p, v, "event.channel_type");
                default -> p.skipChildren();
            }
        }
        return typeAndChannelType;
    }

    private static Envelope validate(Envelope e) {
        if (e.type() == null) {
            throw RequestRejected.badRequest("missing type");
        }
        if (e.type().equals(Envelope.URL_VERIFICATION) && e.challenge() == null) {
            throw RequestRejected.badRequest("missing challenge");
        }
        if (e.type().equals(Envelope.EVENT_CALLBACK)) {
            if (e.eventId() == null || e.eventId().isEmpty()) {
                throw RequestRejected.badRequest("missing event_id");
            }
            if (e.eventTime() == null) {
                throw RequestRejected.badRequest("missing event_time");
            }
            if (!e.hasEvent()) {
                throw RequestRejected.badRequest("missing event");
            }
            if (e.eventType() == null) {
                throw RequestRejected.badRequest("missing event.type");
            }
        }
        return e;
    }

    private static String string(JsonParser p, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw RequestRejected.badRequest(field + " must be a string");
        }
        return p.getText();
    }

    private static Long epochSeconds(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                && p.getNumberType() != JsonParser.NumberType.LONG || p.getLongValue() < 0) {
            throw RequestRejected.badRequest("event_time must be epoch seconds");
        }
        return p.getLongValue();
    }
}
