package dev.gopherbot.testkit.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests the way Slack does: {@code v0=} + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)).
 * Written independently of the gateway's verifier, so a test compares two implementations, not one with itself.
 */
public final class SlackSigner {
    private final String signingSecret;

    public SlackSigner(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(long timestamp, String body) {
        return sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
    }
}
