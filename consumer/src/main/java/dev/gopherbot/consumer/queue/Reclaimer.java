package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    public Reclaimer(RedisCommands<String, String> redis, Streams streams, String consumer, Workers workers,
                     InFlight inFlight, Duration visibilityTimeout) {
        this.redis = redis;
        this.streams = streams;
        this.me = Consumer.from(streams.group(), consumer);
        this.workers = workers;
        this.inFlight = inFlight;
        this.visibilityTimeout = visibilityTimeout;
    }

    public Duration interval() {
        return visibilityTimeout.dividedBy(3);
    }

    /** One round over every stream; Redis errors propagate to the scheduler, which logs them and tries next round. */
    public void runOnce() throws InterruptedException {
        for (StreamKind kind : streams.kinds()) {
            keepClaimed(kind);
            reclaim(kind);
        }
    }

    private void keepClaimed(StreamKind kind) {
        List<String> ids = inFlight.ids(kind);
        if (ids.isEmpty()) {
            return;
        }
        List<String> sorted = ids.stream().sorted(Reclaimer::compareIds).toList();
        // only entries still ours: one a peer already took over stays with that peer
        Set<String> mine = redis.xpending(streams.key(kind), me, Range.create(sorted.getFirst(), sorted.getLast()),
                Limit.from(sorted.size() * 2L)).stream().map(PendingMessage::getId).collect(Collectors.toSet());
        String[] touch = sorted.stream().filter(mine::contains).toArray(String[]::new);
        if (touch.length > 0) {
            redis.xclaim(streams.key(kind), me, XClaimArgs.Builder.justid().minIdleTime(0), touch);
        }
    }

    private void reclaim(StreamKind kind) throws InterruptedException {
        int reserved = workers.reserve(workers.concurrency(), Duration.ZERO);
        if (reserved == 0) {
            return;
        }
        try {
            String key = streams.key(kind);
            ClaimedMessages<String, String> claimed = redis.xautoclaim(key, new XAutoClaimArgs<String>().consumer(me)
                    .minIdleTime(visibilityTimeout).startId(cursors.getOrDefault(kind, "0-0")).count(reserved));
            cursors.put(kind, claimed.getId());
            List<StreamMessage<String, String>> messages = claimed.getMessages().stream()
                    .filter(m -> m.getBody() != null && !m.getBody().isEmpty()).toList();
            if (messages.isEmpty()) {
                return;
            }
            Map<String, Long> deliveries = new HashMap<>();
            redis.xpending(key, me, Range.create(messages.getFirst().getId(), messages.getLast().getId()),
                    Limit.from(messages.size() * 2L)).forEach(p -> deliveries.put(p.getId(), p.getRedeliveryCount()));
            for (StreamMessage<String, String> m : messages) {
                workers.start(new Delivery(kind, m.getId(), m.getBody(), deliveries.getOrDefault(m.getId(), 2L)));
                reserved--;
            }
        } finally {
            workers.release(reserved);
        }
    }

    /** Stream ids compare by time, then sequence; as strings "10-0" would sort before "9-0". */
    static int compareIds(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int c = Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
        return c != 0 ? c : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }
}
