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
    /**
     * Slots beyond {@code CONSUMER_CONCURRENCY} for priority-stream entries read while every ordinary slot
     * is busy: a person waiting on a 3 s trigger goes ahead of the message backlog.
     */
    public static final int PRIORITY_SLOTS = 4;

    private final int concurrency;
    private final Semaphore slots;
    private final Semaphore prioritySlots = new Semaphore(PRIORITY_SLOTS);
    private final EntryWorker worker;
    private final InFlight inFlight;

    public Workers(int concurrency, EntryWorker worker, InFlight inFlight) {
        this.concurrency = concurrency;
        // fair: the reclaimer, waiting while the reader blocks in XREADGROUP with the free slots, is served next
        this.slots = new Semaphore(concurrency, true);
        this.worker = worker;
        this.inFlight = inFlight;
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

    /** Reserves up to {@code max} free priority slots without waiting, or waiting up to {@code wait} for one. */
    int reservePriority(int max, Duration wait) throws InterruptedException {
        if (!prioritySlots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return 0;
        }
        int n = 1;
        while (n < max && prioritySlots.tryAcquire()) {
            n++;
        }
        return n;
    }

    void releasePriority(int reserved) {
        if (reserved > 0) {
            prioritySlots.release(reserved);
        }
    }

    /** Handles {@code d} in one reserved priority slot. */
    void startPriority(Delivery d) {
        start(d, prioritySlots);
    }

    /** Handles {@code d} in one reserved slot, freed when the entry is settled or given up. */
    void start(Delivery d) {
        start(d, slots);
    }

    private void start(Delivery d, Semaphore slot) {
        inFlight.add(d); // before the thread starts: from now on the reclaimer keeps it ours
        Thread.ofVirtual().name("entry-" + d.kind().wireName() + "-" + d.id()).start(() -> {
            try {
                worker.process(d);
            } finally {
                slot.release();
            }
        });
    }

    int free() {
        return slots.availablePermits();
    }

    public int busy() {
        return concurrency - slots.availablePermits() + PRIORITY_SLOTS - prioritySlots.availablePermits();
    }

    /** Waits until no entry is being handled; false if {@code timeout} passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!slots.tryAcquire(concurrency, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        slots.release(concurrency);
        long left = Math.max(0, deadline - System.nanoTime());
        if (!prioritySlots.tryAcquire(PRIORITY_SLOTS, left, TimeUnit.NANOSECONDS)) {
            return false;
        }
        prioritySlots.release(PRIORITY_SLOTS);
        return true;
    }

    public int concurrency() {
        return concurrency;
    }
}
