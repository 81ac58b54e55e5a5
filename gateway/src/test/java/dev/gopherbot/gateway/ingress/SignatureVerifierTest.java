package dev.gopherbot.gateway.ingress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gopherbot.common.config.Secret;
import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.RequestRejected;
import dev.gopherbot.testkit.slack.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureVerifierTest {
    // Slack's published example: https://api.slack.com/authentication/verifying-requests-from-slack
    private static final String SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String SLACK_TIMESTAMP = "1531420618";
    // the token is the one on Slack's page; a longer token circulating in copies of this example does not verify
    private static final String SLACK_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String SLACK_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static final long NOW = 1_700_000_000L;
    private static final String SECRET = "test-signing-secret";
    private static final byte[] BODY = "{\"type\":\"event_callback\"}".getBytes(StandardCharsets.UTF_8);

    private final SignatureVerifier verifier = verifierAt(SECRET, NOW);
    private final SlackSigner signer = new SlackSigner(SECRET);

    @Test
    void slacksPublishedExampleSignatureIsAccepted() {
        SignatureVerifier atSlacksTime = verifierAt(SLACK_SECRET, Long.parseLong(SLACK_TIMESTAMP));
        byte[] body = SLACK_BODY.getBytes(StandardCharsets.UTF_8);

        // both implementations are pinned to Slack's vector: the verifier here, the tests' signer below
        assertEquals(SLACK_SIGNATURE, new SlackSigner(SLACK_SECRET).sign(Long.parseLong(SLACK_TIMESTAMP), body));
        assertDoesNotThrow(() -> atSlacksTime.verify(SLACK_TIMESTAMP, SLACK_SIGNATURE, body));
    }

    @Test
    void slacksPublishedExampleIsRefusedWithAnotherSecret() {
        SignatureVerifier otherSecret = verifierAt(SLACK_SECRET + "x", Long.parseLong(SLACK_TIMESTAMP));

        assertRejected("signature mismatch", () -> otherSecret.verify(SLACK_TIMESTAMP, SLACK_SIGNATURE,
                SLACK_BODY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignatureFromTheIndependentTestSignerIsAccepted() {
        assertDoesNotThrow(() -> verifier.verify(Long.toString(NOW), signer.sign(NOW, BODY), BODY));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String signature = signer.sign(NOW, BODY);
        byte[] tampered = "{\"type\":\"event_callback\" }".getBytes(StandardCharsets.UTF_8);

        assertRejected("signature mismatch", () -> verifier.verify(Long.toString(NOW), signature, tampered));
    }

    @Test
    void aSignatureMadeForAnotherTimestampIsRefused() {
        String signature = signer.sign(NOW - 1, BODY);

        assertRejected("signature mismatch", () -> verifier.verify(Long.toString(NOW), signature, BODY));
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, 300, 0, -1, 1})
    void timestampsWithinFiveMinutesEitherSideAreAccepted(long offset) {
        long ts = NOW + offset;
        assertDoesNotThrow(() -> verifier.verify(Long.toString(ts), signer.sign(ts, BODY), BODY));
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, -86_400, 86_400})
    void timestampsMoreThanFiveMinutesInThePastOrFutureAreRefusedEvenWhenSigned(long offset) {
        long ts = NOW + offset;
        assertRejected("timestamp outside the 300 s window",
                () -> verifier.verify(Long.toString(ts), signer.sign(ts, BODY), BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1700000000", "+1700000000", " 1700000000", "1700000000.5", "9999999999999"})
    void malformedTimestampsAreRefused(String timestamp) {
        assertRejected("malformed timestamp", () -> verifier.verify(timestamp, signer.sign(NOW, BODY), BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v0=", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
        "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
        "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5", "a2114d57b48eac39b9ad189dd8316235"})
    void malformedSignaturesAreRefused(String signature) {
        assertRejected("malformed signature", () -> verifier.verify(Long.toString(NOW), signature, BODY));
    }

    @Test
    void missingHeadersAreRefusedByName() {
        assertRejected("missing X-Slack-Request-Timestamp", () -> verifier.verify(null, signer.sign(NOW, BODY), BODY));
        assertRejected("missing X-Slack-Signature", () -> verifier.verify(Long.toString(NOW), null, BODY));
    }

    @Test
    void anUppercaseHexSignatureIsTheSameSignature() {
        String upper = "v0=" + signer.sign(NOW, BODY).substring(3).toUpperCase();
        assertDoesNotThrow(() -> verifier.verify(Long.toString(NOW), upper, BODY));
    }

    private static SignatureVerifier verifierAt(String secret, long epochSeconds) {
        return new SignatureVerifier(new Secret(secret),
                Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    private static void assertRejected(String reason, Runnable call) {
        RequestRejected e = assertThrows(RequestRejected.class, call::run);
        assertEquals(Outcome.UNAUTHORIZED, e.outcome());
        assertEquals(reason, e.reason());
    }
}
