package dev.gopherbot.apps.cravack.tokens;

import dev.gopherbot.common.config.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens at rest with AES-256-GCM under {@code CRAVACK_TOKEN_KEY}. A stored value is
 * {@code version(1) · nonce(12) · ciphertext+tag}; a fresh random nonce per value. The associated data names the
 * athlete and the column ({@code athlete:42:refresh_token}), so a value copied into another row or column does not
 * decrypt: a database writer cannot swap one athlete's token for another's.
 *
 * <p>The encryption key is derived from the setting (HMAC-SHA256 with a label), as is a second key for signing OAuth
 * states, so one setting serves both without using one key for two algorithms.
 */
public final class TokenCipher {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(byte[] settingKey) {
        this.key = new SecretKeySpec(derive(settingKey, "cravack token encryption v1"), "AES");
    }

    /** The key that signs OAuth states, as a {@code TokenSigner} takes it. */
    public static Secret stateSigningKey(byte[] settingKey) {
        return new Secret(java.util.Base64.getEncoder().encodeToString(derive(settingKey, "cravack oauth state v1")));
    }

    public byte[] encrypt(Secret token, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.reveal().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * @throws Unreadable when the value was not sealed with this key for this context (another key, another row,
     *                    or tampered with); the message never includes the value
     */
    public Secret decrypt(byte[] stored, String context) throws Unreadable {
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new Unreadable("stored token of " + context + " is not in the expected format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new Secret(new String(plain, StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new Unreadable("stored token of " + context + " does not decrypt with CRAVACK_TOKEN_KEY");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** A token that cannot be decrypted: the key changed, or the row was tampered with. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static byte[] derive(byte[] settingKey, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settingKey, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
