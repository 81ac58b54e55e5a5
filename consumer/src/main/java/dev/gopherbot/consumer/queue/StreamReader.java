package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.retry.Backoff;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read loop: one blocking {@code XREADGROUP} over all streams on its own connection, reading only as many
 * entries as there are free handler slots (entries it cannot start now are left for its peers), each handled on a
 * virtual thread. Entries of the priority streams ({@link Streams#priority()}) get the first free slots and, while every slot is
 * busy, are still read into a few slots of their own. Survives Redis going away: it backs off and reads again once
 * Lettuce has reconnected.
 */
public final class StreamReader {
    private static final Logger log = LoggerFactory.getLogger(StreamReader.class);
    static final Duration BLOCK = Duration.ofSeconds(1);
    /** How long the reader waits for a free slot before reading the priority streams alone. */
    static final Duration SLOT_WAIT = Duration.ofMillis(100);
    /** How long a priority-only read blocks: short, so a slot freed meanwhile is not left idle long. */
    static final Duration PRIORITY_BLOCK = Duration.ofMillis(250);
    /** After a failed read: short, since Lettuce reconnects on its own and a reader idle for long leaves work waiting. */
    static final Backoff PAUSE = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(2));

    private final RedisCommands<String, String> blocking;
    private final RedisCommands<String, String> shared;
    private final Streams streams;
    private final Consumer<String> me;
    private final Workers workers;
    private final CountDownLatch stopping;
    private volatile boolean groupsReady;

    public StreamReader(RedisCommands<String, String> blocking, RedisCommands<String, String> shared,
                        Streams streams, String consumer, Workers workers, CountDownLatch stopping) {
        this.blocking = blocking;
        this.shared = shared;
        this.streams = streams;
        this.me = Consumer.from(streams.group(), consumer);
        this.workers = workers;
        this.stopping = stopping;
    }

    /** How long one XREADGROUP waits for new entries; the blocking connection's timeout must exceed it. */
    public static Duration blockTime() {
        return BLOCK;
    }

    public void run() {
        int failures = 0;
        boolean failing = false;
        while (stopping.getCount() > 0) {
            int taken = 0;
            try {
                if (!groupsReady) {
                    streams.ensureGroups(shared);
                    groupsReady = true;
                }
                // hold one slot while blocked in the read (the reclaimer needs the others), and size the read by
                // the slots free now; COUNT applies per stream, so split them over the streams
                taken = workers.reserve(1, SLOT_WAIT);
                if (taken == 0) {
                    // every slot busy: read only what a person is waiting on; leave the rest to peers
                    readPriority();
                    continue;
                }
                int perStream = Math.max(1, (taken + workers.free()) / streams.kinds().size());
                List<StreamMessage<String, String>> batch = priorityFirst(blocking.xreadgroup(me,
                        XReadArgs.Builder.block(BLOCK).count(perStream), streams.newEntries()));
                for (StreamMessage<String, String> m : batch) {
                    var kind = streams.kindOf(m.getStream());
                    if (kind.isEmpty()) {
                        continue;
                    }
                    if (taken == 0) {
                        // these entries are ours already: wait for a slot (handlers finish in seconds)
                        taken = workers.reserve(1, Duration.ofDays(1));
                    }
                    workers.start(new Delivery(kind.get(), m.getId(), m.getBody(), 1));
                    taken--;
                }
                if (failing) {
                    log.info("reading the streams again");
                    failing = false;
                }
                failures = 0;
            } catch (RedisCommandExecutionException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("NOGROUP")) {
                    groupsReady = false; // the stream or group vanished (a Redis without persistence restarted)
                }
                failing = logOnce(failing, e);
                pause(++failures);
            } catch (RedisException e) {
                failing = logOnce(failing, e);
                pause(++failures);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                workers.release(taken);
            }
        }
    }

    /** Reads the priority streams alone into the priority slots; returns at once when those are busy too. */
    private void readPriority() throws InterruptedException {
        if (streams.priority().isEmpty()) {
            stopping.await(PRIORITY_BLOCK.toMillis(), TimeUnit.MILLISECONDS); // nothing a person waits on: idle
            return;
        }
        int slots = workers.reservePriority(Integer.MAX_VALUE, Duration.ZERO);
        if (slots == 0) {
            return;
        }
        try {
            int perStream = Math.max(1, slots / streams.priority().size());
            List<StreamMessage<String, String>> batch = blocking.xreadgroup(me,
                    XReadArgs.Builder.block(PRIORITY_BLOCK).count(perStream), streams.newEntries(streams.priority()));
            for (StreamMessage<String, String> m : batch) {
                var kind = streams.kindOf(m.getStream());
                if (kind.isEmpty()) {
                    continue;
                }
                if (slots == 0) {
                    slots = workers.reservePriority(1, Duration.ofDays(1)); // ours already: wait for a slot
                }
                workers.startPriority(new Delivery(kind.get(), m.getId(), m.getBody(), 1));
                slots--;
            }
        } finally {
            workers.releasePriority(slots);
        }
    }

    /** Slots go to the priority streams' entries first, whatever order Redis returned the streams in. */
    private List<StreamMessage<String, String>> priorityFirst(List<StreamMessage<String, String>> batch) {
        return batch.stream().sorted(Comparator.comparingInt(m -> streams.kindOf(m.getStream())
                .map(k -> streams.priority().contains(k) ? 0 : 1).orElse(1))).toList();
    }

    private static boolean logOnce(boolean failing, RedisException e) {
        if (!failing) {
            log.warn("cannot read the streams (will keep trying): {}", e.toString());
        }
        return true;
    }

    private void pause(int failures) {
        try {
            stopping.await(PAUSE.delay(failures).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
