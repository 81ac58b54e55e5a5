package dev.gopherbot.consumer.dispatch;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.retry.Backoff;
import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which handlers already had their effect for one event, so a redelivery (a retry, a reclaim after a crash, a
 * requeue) does not repeat it. A Redis marker {@code done:{kind}:<event_id>:<handler>} is written after the effect
 * succeeded and checked before the handler runs; this process also remembers in memory, so its own retries skip
 * finished handlers even while Redis is away.
 *
 * <p>The honest window: if the process dies (or Redis is unreachable for the marker write) after Slack acted but
 * before the marker is stored, a later delivery repeats that one effect. Reactions are immune (Slack answers
 * {@code already_reacted}); a posted message could appear twice.
 */
public final class EffectLedger {
    private static final Logger log = LoggerFactory.getLogger(EffectLedger.class);
    private static final int MARK_ATTEMPTS = 3;
    /** 200 ms, then 400 ms: a marker is worth a short wait, not a handler slot held for long. */
    private static final Backoff MARK_PAUSE = Backoff.exponential(Duration.ofMillis(200), Duration.ofMillis(400));

    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final StreamKind kind;
    private final String eventId;
    private final Duration ttl;
    private final Set<String> doneHere = new HashSet<>();

    public EffectLedger(RedisCommands<String, String> redis, Keys keys, StreamKind kind, String eventId,
                        Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.kind = kind;
        this.eventId = eventId;
        this.ttl = ttl;
    }

    /** Whether the handler's effect already happened; a Redis failure propagates (the handler must not run blind). */
    public boolean isDone(String handler) {
        return doneHere.contains(handler) || redis.exists(keys.effectDone(kind, eventId, handler)) > 0;
    }

    /** Records the effect; if Redis refuses even after a few quick attempts, only this process remembers it. */
    public void recordDone(String handler, String how) {
        doneHere.add(handler);
        for (int attempt = 1; ; attempt++) {
            try {
                redis.set(keys.effectDone(kind, eventId, handler), how, SetArgs.Builder.ex(ttl));
                return;
            } catch (RedisException e) {
                if (attempt == MARK_ATTEMPTS) {
                    log.warn("could not record {} done for event {}: {}", handler, eventId, e.toString());
                    return;
                }
                try {
                    Thread.sleep(MARK_PAUSE.delay(attempt)); // Redis is briefly away
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
