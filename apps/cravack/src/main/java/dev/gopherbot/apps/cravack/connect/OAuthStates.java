package dev.gopherbot.apps.cravack.connect;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.web.TokenCheck;
import dev.gopherbot.common.web.TokenSigner;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The OAuth {@code state} of a connection attempt: bound to the Slack user who asked, short-lived and single-use.
 * It is a signed token ({@code TokenSigner}: a random nonce and the Slack user id, expiring after {@link #TTL}), so the
 * gateway refuses a forged, altered or expired state at once without I/O; and the nonce is recorded in Redis when the
 * link is issued, so the consumer connects only states it issued, once.
 */
public final class OAuthStates {
    /** How long a connect link works. */
    public static final Duration TTL = Duration.ofMinutes(10);
    static final String PURPOSE = "strava-connect";
    /**
     * How long Redis remembers a nonce: the gateway enforces {@link #TTL} on arrival, so this only has to outlive the
     * time the callback may wait in the queue.
     */
    private static final Duration REMEMBERED = Duration.ofHours(1);
    private static final String CONNECTED = "connected";

    /** A verified state. */
    public record State(String nonce, String slackUserId) {
    }

    /** Where a state stands in Redis. */
    public enum Status {
        /** Issued, not used yet. */
        PENDING,
        /** Used: the athlete is connected. */
        CONNECTED,
        /** Never issued, used and forgotten, or too old. */
        UNKNOWN
    }

    private final TokenSigner signer;
    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OAuthStates(TokenSigner signer, RedisCommands<String, String> redis, Keys keys, Clock clock) {
        this.signer = signer;
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /** A new state for {@code slackUserId}, recorded as pending. */
    public String issue(String slackUserId) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        redis.set(key(nonce), slackUserId, SetArgs.Builder.ex(REMEMBERED));
        return signer.sign(PURPOSE, clock.instant().plus(TTL), List.of(nonce, slackUserId));
    }

    /** Checks the signature and the expiry as of {@code at}: no I/O, so the gateway can call it. */
    public TokenCheck<State> verify(String token, Instant at) {
        return switch (signer.verify(PURPOSE, token, at, 2)) {
            case TokenCheck.Valid<List<String>>(List<String> fields) ->
                    new TokenCheck.Valid<>(new State(fields.get(0), fields.get(1)));
            case TokenCheck.Invalid<List<String>>(var rejection) -> TokenCheck.invalid(rejection);
        };
    }

    /**
     * A state as the gateway accepted it: the signature is checked, the expiry is not (the gateway checked it on
     * arrival, and the callback may have waited in the queue since).
     */
    public TokenCheck<State> accepted(String token) {
        return verify(token, Instant.EPOCH);
    }

    public Status status(State state) {
        String value = redis.get(key(state.nonce()));
        if (value == null) {
            return Status.UNKNOWN;
        }
        if (value.equals(CONNECTED + ":" + state.slackUserId())) {
            return Status.CONNECTED;
        }
        return value.equals(state.slackUserId()) ? Status.PENDING : Status.UNKNOWN;
    }

    /** The state has been used; a repeat of its callback only repeats the confirmation. */
    public void markConnected(State state) {
        redis.set(key(state.nonce()), CONNECTED + ":" + state.slackUserId(), SetArgs.Builder.keepttl());
    }

    /** The state can never be used (Strava refused its code). */
    public void forget(State state) {
        redis.del(key(state.nonce()));
    }

    private String key(String nonce) {
        return keys.of("oauth-state:" + nonce);
    }
}
