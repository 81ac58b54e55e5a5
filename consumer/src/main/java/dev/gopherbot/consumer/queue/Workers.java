package dev.gopherbot.consumer.queue;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The handler slots of this process ({@code CONSUMER_CONCURRENCY}): readers reserve slots before taking entries from
 * Redis, so a busy consumer never holds entries it cannot start; each entry then runs on its own virtual thread
 * (handlers mostly wait on Slack).
 */
public final class Workers {
    private final int concurrency;
    private final Semaphore slots;
    private final EntryWorker worker;

    public Workers(int concurrency, EntryWorker worker) {
        this.concurrency = concurrency;
        this.slots = new Semaphore(concurrency);
        this.worker = worker;
    }

    /** Reserves up to {@code max} free slots, waiting up to {@code wait} for the first; returns how many. */
    int reserve(int max, Duration wait) throws InterruptedException {
        if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return 0;
        }
        int n = 1;
        while (n < max && slots.tryAcquire()) {
            n++;
        }
        return n;
    }

    void release(int reserved) {
        if (reserved > 0) {
            slots.release(reserved);
        }
    }

    /** Handles {@code d} in one reserved slot, freed when the entry is settled or given up. */
    void start(Delivery d) {
        Thread.ofVirtual().name("entry-" + d.kind().wireName() + "-" + d.id()).start(() -> {
            try {
                worker.process(d);
            } finally {
                slots.release();
            }
        });
    }

    int free() {
        return slots.availablePermits();
    }

    public int busy() {
        return concurrency - slots.availablePermits();
    }

    /** Waits until no entry is being handled; false if {@code timeout} passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        if (slots.tryAcquire(concurrency, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            slots.release(concurrency);
            return true;
        }
        return false;
    }

    public int concurrency() {
        return concurrency;
    }
}
