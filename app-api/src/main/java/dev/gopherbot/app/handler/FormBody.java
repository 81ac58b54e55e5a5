package dev.gopherbot.app.handler;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses an {@code application/x-www-form-urlencoded} body, the way Slack sends slash commands and interactivity
 * payloads. The gateway parses it to route and answer; the consumer parses the same stored bytes to handle it.
 */
public final class FormBody {
    private FormBody() {
    }

    /** The body could not be read as a form; the reason names what was wrong, never the content. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Field name to value, in body order. {@code +} is a space, {@code %XX} a UTF-8 byte; a field without {@code =}
     * has the empty value; empty segments ({@code a=1&&b=2}) are skipped.
     *
     * @throws Malformed on a bad percent escape or a field given twice: Slack never repeats a field, and two values
     *                   could route one way in the gateway and be handled another way in the consumer
     */
    public static Map<String, String> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return Collections.unmodifiableMap(fields);
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.isEmpty()) {
                throw new Malformed("a form field has no name");
            }
            if (fields.putIfAbsent(name, value) != null) {
                throw new Malformed("form field " + printable(name) + " appears twice");
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The bytes as Slack sent them, decoded as UTF-8 first (the form is ASCII; escapes carry the UTF-8). */
    public static Map<String, String> parse(byte[] body) {
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    /** Encodes fields the way Slack does; tests and the simulator build bodies with it. */
    public static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Malformed("bad percent escape in the form body");
        }
    }

    /** Field names are echoed in a reason only when short and plain. */
    private static String printable(String name) {
        return name.length() <= 32 && name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '_') ? '"' + name + '"' : "(name not shown)";
    }
}
