package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every third of the visibility timeout, on the shared connection:
 * <ul>
 *   <li><b>keeps</b> this process's in-flight entries claimed ({@code XCLAIM … JUSTID} resets their idle time without
 *       counting a delivery), so a handler waiting out a long {@code Retry-After} is not taken over by a peer;</li>
 *   <li><b>reclaims</b> entries pending longer than the visibility timeout ({@code XAUTOCLAIM}): their consumer died
 *       mid-handler, or an acknowledgement was lost with a Redis restart. Only as many as there are free slots.</li>
 * </ul>
 */
public final class Reclaimer {
    private final RedisCommands<String, String> redis;
    private final Streams streams;
    private final Consumer<String> me;
    private final Workers workers;
    private final InFlight inFlight;
    private final Duration visibilityTimeout;
    private final Map<StreamKind, String> cursors = new java.util.concurrent.ConcurrentHashMap<>();
    private final OwnedClaims claims;

    public Reclaimer(RedisCommands<String, String> redis, Streams streams, String consumer, Workers workers,
                     InFlight inFlight, Duration visibilityTimeout) {
        this.redis = redis;
        this.streams = streams;
        this.me = Consumer.from(streams.group(), consumer);
        this.workers = workers;
        this.inFlight = inFlight;
        this.visibilityTimeout = visibilityTimeout;
        this.claims = new OwnedClaims(redis);
    }

    public Duration interval() {
        return visibilityTimeout.dividedBy(3);
    }

    /**
     * Keeps every in-flight entry claimed. Scheduled on its own, never behind {@link #reclaim()} (which may wait for
     * slots): a late round would let a peer take over entries this process is running. Redis errors propagate to the
     * scheduler, which logs them and tries next round.
     */
    public void keepClaimed() {
        for (StreamKind kind : streams.kinds()) {
            keepClaimed(kind);
        }
    }

    /** Reclaims entries idle past the visibility timeout into the slots free now. */
    public void reclaim() throws InterruptedException {
        // the reader holds the free slots while it blocks in XREADGROUP (up to a second); the slots are fair, so
        // waiting a little longer than that gets this round its share
        int reserved = workers.reserve(workers.concurrency(), StreamReader.blockTime().multipliedBy(2));
        try {
            for (StreamKind kind : streams.kinds()) {
                if (reserved == 0) {
                    return;
                }
                reserved -= reclaim(kind, reserved);
            }
        } finally {
            workers.release(reserved);
        }
    }

    private void keepClaimed(StreamKind kind) {
        List<String> ids = inFlight.ids(kind);
        if (ids.isEmpty()) {
            return;
        }
        // only entries still ours, checked and touched in one step: one a peer already took over stays with it
        claims.keep(streams.key(kind), streams.group(), me.getName(), ids.toArray(String[]::new));
    }

    /** Claims up to {@code slots} entries idle past the visibility timeout and starts them; returns how many. */
    private int reclaim(StreamKind kind, int slots) {
        String key = streams.key(kind);
        ClaimedMessages<String, String> claimed = redis.xautoclaim(key, new XAutoClaimArgs<String>().consumer(me)
                .minIdleTime(visibilityTimeout).startId(cursors.getOrDefault(kind, "0-0")).count(slots));
        cursors.put(kind, claimed.getId());
        List<String> mine = inFlight.ids(kind);
        // an entry of our own that went idle (its keep-alive failed on a Redis error) is still running here
        List<StreamMessage<String, String>> messages = claimed.getMessages().stream()
                .filter(m -> m.getBody() != null && !m.getBody().isEmpty() && !mine.contains(m.getId())).toList();
        if (messages.isEmpty()) {
            return 0;
        }
        Map<String, Long> deliveries = new HashMap<>();
        redis.xpending(key, me, Range.create(messages.getFirst().getId(), messages.getLast().getId()),
                Limit.from(messages.size() * 2L)).forEach(p -> deliveries.put(p.getId(), p.getRedeliveryCount()));
        for (StreamMessage<String, String> m : messages) {
            workers.start(new Delivery(kind, m.getId(), m.getBody(), deliveries.getOrDefault(m.getId(), 2L)));
        }
        return messages.size();
    }

    /** Stream ids compare by time, then sequence; as strings "10-0" would sort before "9-0". */
    static int compareIds(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int c = Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
        return c != 0 ? c : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }
}
