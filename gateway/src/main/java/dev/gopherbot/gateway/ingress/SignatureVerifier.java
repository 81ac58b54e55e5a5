package dev.gopherbot.gateway.ingress;

import dev.gopherbot.common.config.Secret;
import dev.gopherbot.gateway.reply.RequestRejected;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Slack's request signature: {@code X-Slack-Signature = "v0=" + hex(HMAC-SHA256(secret,
 * "v0:" + X-Slack-Request-Timestamp + ":" + body))}, over the raw body bytes, compared in constant time. A timestamp
 * more than {@link #MAX_SKEW} away from now, in the past or the future, is refused so a captured request cannot be
 * replayed later (the Go original only checked the past).
 */
public final class SignatureVerifier {
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Slack-Signature";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v0";
    private static final int SIGNATURE_HEX_LENGTH = 3 + 64; // "v0=" + 32 bytes in hex

    private final Mac keyed;
    private final Clock clock;

    public SignatureVerifier(Secret signingSecret, Clock clock) {
        this.clock = clock;
        try {
            keyed = Mac.getInstance(ALGORITHM);
            keyed.init(new SecretKeySpec(signingSecret.reveal().getBytes(StandardCharsets.UTF_8), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * @param timestamp the {@code X-Slack-Request-Timestamp} header, possibly null
     * @param signature the {@code X-Slack-Signature} header, possibly null
     * @throws RequestRejected 401 naming what failed, never the values
     */
    public void verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            throw RequestRejected.unauthorized("missing " + (timestamp == null ? TIMESTAMP_HEADER : SIGNATURE_HEADER));
        }
        long sentAt = parseEpochSeconds(timestamp);
        long skew = Math.abs(clock.instant().getEpochSecond() - sentAt);
        if (skew > MAX_SKEW.toSeconds()) {
            throw RequestRejected.unauthorized("timestamp outside the " + MAX_SKEW.toSeconds() + " s window");
        }
        if (signature.length() != SIGNATURE_HEX_LENGTH || !signature.startsWith(VERSION + "=")) {
            throw RequestRejected.unauthorized("malformed signature");
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(signature, 3, signature.length());
        } catch (IllegalArgumentException e) {
            throw RequestRejected.unauthorized("malformed signature");
        }
        // MessageDigest.isEqual takes the same time wherever the first differing byte is
        if (!MessageDigest.isEqual(expected(timestamp, body), presented)) {
            throw RequestRejected.unauthorized("signature mismatch");
        }
    }

    private byte[] expected(String timestamp, byte[] body) {
        Mac mac = newMac();
        // the header string as sent, not a reformatted number: Slack signed those exact characters
        mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
        return mac.doFinal(body);
    }

    /** A Mac is not thread-safe; cloning the keyed one is cheaper than a provider lookup and key setup. */
    private Mac newMac() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the HmacSHA256 provider cannot clone", e);
        }
    }

    private static long parseEpochSeconds(String timestamp) {
        if (timestamp.isEmpty() || timestamp.length() > 12) {
            throw RequestRejected.unauthorized("malformed timestamp");
        }
        for (int i = 0; i < timestamp.length(); i++) {
            if (timestamp.charAt(i) < '0' || timestamp.charAt(i) > '9') {
                throw RequestRejected.unauthorized("malformed timestamp");
            }
        }
        return Long.parseLong(timestamp);
    }
}
