package dev.gopherbot.apps.timereport.confirm;

import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * Who decided a prompt: the first click on Confirm or Cancel claims it ({@code SET NX}), and a later click on the
 * same prompt (a double click, Cancel after Confirm) finds it taken and does nothing. The claim names the click's
 * event id, so a redelivery of the deciding click (a retry, a requeue) is recognised as the same decision and goes on.
 */
final class Claims {
    /** Longer than a dead letter waits for an operator over a long weekend. */
    static final Duration TTL = Duration.ofDays(14);

    enum Claim {
        /** This click decides. */
        FIRST,
        /** This click decided already; this is a redelivery of it. */
        AGAIN,
        /** Another click decided. */
        TAKEN
    }

    private final RedisCommands<String, String> redis;
    private final Keys keys;

    Claims(RedisCommands<String, String> redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** @param decision e.g. {@code confirm:<event id>} */
    Claim claim(String promptId, String decision) {
        String key = keys.of("prompt:" + promptId);
        if ("OK".equals(redis.set(key, decision, SetArgs.Builder.nx().ex(TTL)))) {
            return Claim.FIRST;
        }
        // a claim is never changed once set, so reading it after the failed SET NX is not a race
        return decision.equals(redis.get(key)) ? Claim.AGAIN : Claim.TAKEN;
    }
}
