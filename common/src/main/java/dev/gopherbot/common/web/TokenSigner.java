package dev.gopherbot.common.web;

import dev.gopherbot.common.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the site's short tokens: {@code base64url(payload) "." base64url(HMAC-SHA256(key, first part))}.
 * The payload is {@code purpose \n expiry-epoch-seconds \n field…}; naming the purpose inside what is signed means a
 * sign-in link can never be replayed as a session cookie, or the reverse, although both use one key.
 */
public final class TokenSigner {
    /** Far above any token we mint (~200 characters); anything longer is refused before any decoding. */
    static final int MAX_TOKEN_LENGTH = 2048;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String SEPARATOR = "\n";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public TokenSigner(Secret key) {
        if (key.reveal().length() < WebSettings.MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "the key must have at least " + WebSettings.MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** A token for {@code purpose} carrying {@code fields}, valid until {@code expires}. */
    public String sign(String purpose, Instant expires, List<String> fields) {
        StringBuilder payload = new StringBuilder(checked(purpose)).append(SEPARATOR).append(expires.getEpochSecond());
        for (String field : fields) {
            payload.append(SEPARATOR).append(checked(field));
        }
        String encoded = ENCODER.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    /** The fields of a token signed for {@code purpose}, with {@code fieldCount} fields, unexpired at {@code now}. */
    public TokenCheck<List<String>> verify(String purpose, String token, Instant now, int fieldCount) {
        if (token == null || token.isEmpty()) {
            return TokenCheck.invalid(Rejection.MISSING);
        }
        int dot = token.indexOf('.');
        if (token.length() > MAX_TOKEN_LENGTH || dot <= 0 || dot != token.lastIndexOf('.')) {
            return TokenCheck.invalid(Rejection.MALFORMED);
        }
        String encoded = token.substring(0, dot);
        byte[] payload;
        byte[] signature;
        try {
            payload = canonical(encoded);
            signature = canonical(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return TokenCheck.invalid(Rejection.MALFORMED);
        }
        // constant time: how many leading bytes matched must not show in the response time
        if (!MessageDigest.isEqual(mac(encoded), signature)) {
            return TokenCheck.invalid(Rejection.BAD_SIGNATURE);
        }
        List<String> parts = Arrays.asList(new String(payload, StandardCharsets.UTF_8).split(SEPARATOR, -1));
        if (parts.size() != fieldCount + 2 || !parts.get(0).equals(purpose)) {
            return TokenCheck.invalid(Rejection.MALFORMED);
        }
        long expires;
        try {
            expires = Long.parseLong(parts.get(1));
        } catch (NumberFormatException e) {
            return TokenCheck.invalid(Rejection.MALFORMED);
        }
        if (now.getEpochSecond() >= expires) {
            return TokenCheck.invalid(Rejection.EXPIRED);
        }
        return new TokenCheck.Valid<>(List.copyOf(parts.subList(2, parts.size())));
    }

    private byte[] mac(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe, and cheap to create
            mac.init(key);
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * The decoder accepts padding and ignores a last character's unused bits, so several spellings decode alike; only
     * the one we produce is accepted, so that any change to a token invalidates it.
     */
    private static byte[] canonical(String base64url) {
        byte[] bytes = DECODER.decode(base64url);
        if (!ENCODER.encodeToString(bytes).equals(base64url)) {
            throw new IllegalArgumentException("not canonical base64url");
        }
        return bytes;
    }

    /** A field with a control character could forge the field structure (the separator is one). */
    private static String checked(String field) {
        for (int i = 0; i < field.length(); i++) {
            if (Character.isISOControl(field.charAt(i))) {
                throw new IllegalArgumentException("token fields must not contain control characters");
            }
        }
        return field;
    }
}
