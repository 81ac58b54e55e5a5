package dev.gopherbot.apps.cravack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private static final byte[] KEY = new byte[32];
    private static final Secret TOKEN = new Secret("83ebeabdec09f6670863766f792ead24d61fe3f9");
    private static final String CONTEXT = "athlete:42:access_token";

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    private final TokenCipher cipher = new TokenCipher(KEY);

    @Test
    void aSealedTokenOpensWithTheSameKeyAndContext() throws Exception {
        assertEquals(TOKEN.reveal(), cipher.decrypt(cipher.encrypt(TOKEN, CONTEXT), CONTEXT).reveal());
    }

    @Test
    void theSealedBytesNeitherContainTheTokenNorRepeatForTheSameToken() {
        byte[] once = cipher.encrypt(TOKEN, CONTEXT);
        byte[] twice = cipher.encrypt(TOKEN, CONTEXT);

        assertFalse(new String(once, StandardCharsets.ISO_8859_1).contains(TOKEN.reveal()));
        assertFalse(Arrays.equals(once, twice), "a fresh nonce every time");
    }

    @Test
    void anotherKeyCannotOpenIt() {
        byte[] other = KEY.clone();
        other[31] ^= 1;

        TokenCipher.Unreadable e = assertThrows(TokenCipher.Unreadable.class,
                () -> new TokenCipher(other).decrypt(cipher.encrypt(TOKEN, CONTEXT), CONTEXT));
        assertFalse(e.getMessage().contains(TOKEN.reveal()));
    }

    @Test
    void aValueMovedToAnotherAthleteOrColumnDoesNotOpen() {
        byte[] sealed = cipher.encrypt(TOKEN, CONTEXT);

        assertThrows(TokenCipher.Unreadable.class, () -> cipher.decrypt(sealed, "athlete:43:access_token"));
        assertThrows(TokenCipher.Unreadable.class, () -> cipher.decrypt(sealed, "athlete:42:refresh_token"));
    }

    @Test
    void aTamperedOrTruncatedValueDoesNotOpen() {
        byte[] sealed = cipher.encrypt(TOKEN, CONTEXT);
        byte[] tampered = sealed.clone();
        tampered[20] ^= 1;

        assertThrows(TokenCipher.Unreadable.class, () -> cipher.decrypt(tampered, CONTEXT));
        assertThrows(TokenCipher.Unreadable.class, () -> cipher.decrypt(Arrays.copyOf(sealed, 20), CONTEXT));
    }

    @Test
    void theStateSigningKeyIsDerivedApartFromTheEncryptionKey() {
        Secret signing = TokenCipher.stateSigningKey(KEY);

        assertTrue(signing.reveal().length() >= 32, "long enough for TokenSigner");
        assertNotEquals(new String(KEY, StandardCharsets.ISO_8859_1), signing.reveal());
        assertEquals(signing.reveal(), TokenCipher.stateSigningKey(KEY.clone()).reveal());
    }
}
