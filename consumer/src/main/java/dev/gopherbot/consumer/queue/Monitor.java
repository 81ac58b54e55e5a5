package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamKind;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operators see of a running consumer: a heartbeat key ({@code heartbeat:consumer:<instance>}, a small JSON
 * value with a TTL of three beats, so a missing key means a dead or partitioned consumer) and one lag line per
 * stream (pending count, oldest pending age, entries not yet delivered, stream length), with a warning when the
 * backlog approaches the gateway's {@code STREAM_MAXLEN}, at which it turns new events away (503).
 */
public final class Monitor {
    private static final Logger log = LoggerFactory.getLogger(Monitor.class);
    public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(10);

    /**
     * @param oldestPendingAge age of the oldest entry delivered but not yet acknowledged (by its stream id's time)
     * @param undelivered      entries no consumer of the group has read yet (Redis's {@code lag}); -1 if unknown
     */
    public record Lag(StreamKind kind, long pending, Duration oldestPendingAge, long undelivered, long length) {
    }

    private final RedisCommands<String, String> redis;
    private final Streams streams;
    private final String heartbeatKey;
    private final String instance;
    private final Workers workers;
    private final EntryWorker worker;
    private final long streamMaxLen;
    private final Clock clock;

    public Monitor(RedisCommands<String, String> redis, Streams streams, String instance, Workers workers,
                   EntryWorker worker, long streamMaxLen, Clock clock) {
        this.redis = redis;
        this.streams = streams;
        this.heartbeatKey = streams.keys().heartbeat("consumer", instance);
        this.instance = instance;
        this.workers = workers;
        this.worker = worker;
        this.streamMaxLen = streamMaxLen;
        this.clock = clock;
    }

    public void beat() {
        String value = "{\"instance\":\"" + instance.replace("\"", "") + "\",\"at\":" + clock.millis()
                + ",\"in_flight\":" + workers.busy() + ",\"settled\":" + worker.settled() + "}";
        redis.set(heartbeatKey, value, SetArgs.Builder.px(HEARTBEAT_INTERVAL.multipliedBy(3).toMillis()));
    }

    /** Removes the heartbeat at a clean shutdown, so the key's absence is not mistaken for a crash for 30 s. */
    public void stopBeating() {
        redis.del(heartbeatKey);
    }

    public List<Lag> lag() {
        return streams.kinds().stream().map(this::lag).toList();
    }

    public void logLag() {
        for (Lag lag : lag()) {
            log.atInfo().addKeyValue("stream", lag.kind().wireName()).addKeyValue("pending", lag.pending())
                    .addKeyValue("oldest_pending_age_s", lag.oldestPendingAge().toSeconds())
                    .addKeyValue("undelivered", lag.undelivered()).addKeyValue("length", lag.length())
                    .log("consumer lag");
            long backlog = lag.pending() + Math.max(0, lag.undelivered());
            if (backlog > streamMaxLen / 2) {
                log.atWarn().addKeyValue("stream", lag.kind().wireName()).addKeyValue("backlog", backlog)
                        .addKeyValue("stream_maxlen", streamMaxLen)
                        .log("backlog is past half of STREAM_MAXLEN: add consumers; at STREAM_MAXLEN the gateway "
                                + "answers Slack 503");
            }
        }
    }

    private Lag lag(StreamKind kind) {
        String key = streams.key(kind);
        PendingMessages summary = redis.xpending(key, streams.group());
        Duration oldest = Duration.ZERO;
        if (summary.getCount() > 0 && summary.getMessageIds().getLower().getValue() != null) {
            long ms = Long.parseLong(summary.getMessageIds().getLower().getValue().split("-")[0]);
            oldest = Duration.ofMillis(Math.max(0, clock.millis() - ms));
        }
        return new Lag(kind, summary.getCount(), oldest, undelivered(key), redis.xlen(key));
    }

    /** The group's {@code lag} from {@code XINFO GROUPS} (Redis 7); -1 when Redis cannot tell. */
    private long undelivered(String key) {
        for (Object group : redis.xinfoGroups(key)) {
            if (!(group instanceof List<?> fields)) {
                continue;
            }
            Object name = null;
            Object lag = null;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                String field = String.valueOf(fields.get(i));
                if (field.equals("name")) {
                    name = fields.get(i + 1);
                } else if (field.equals("lag")) {
                    lag = fields.get(i + 1);
                }
            }
            if (streams.group().equals(String.valueOf(name))) {
                return lag instanceof Number n ? n.longValue() : -1;
            }
        }
        return -1;
    }
}
