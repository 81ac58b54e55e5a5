package dev.gopherbot.common.config;

import java.util.Objects;

/** A secret setting. Its {@code toString()} never reveals the value, so it cannot leak into a log line by accident. */
public final class Secret {
    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The raw value: call this only at the point of use (an HMAC key, an Authorization header). */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[redacted]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && java.security.MessageDigest.isEqual(
                s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // not a hash key; avoids exposing anything derived from the value
    }
}
