package dev.gopherbot.bench.http;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Drives a server over HTTP from {@code concurrency} platform threads, each with its own keep-alive connection.
 * Either as fast as responses come back (closed loop: peak throughput) or at a fixed total rate (open loop: latency
 * at a given load).
 */
public final class LoadRun {
    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(1);

    private LoadRun() {
    }

    /** Each worker sends its next request as soon as the previous response arrived. */
    public static RunResult closedLoop(int port, int concurrency, Duration duration, Supplier<RequestSource> sources) {
        return run(port, concurrency, duration, sources, 0);
    }

    /** Requests are due at a fixed total rate; latency counts from when a request was due, not when it went out. */
    public static RunResult fixedRate(int port, int concurrency, Duration duration, double perSecond,
                                      Supplier<RequestSource> sources) {
        return run(port, concurrency, duration, sources, (long) (1e9 * concurrency / perSecond));
    }

    private static RunResult run(int port, int concurrency, Duration duration, Supplier<RequestSource> sources,
                                 long workerIntervalNanos) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            // stagger fixed-rate workers so the total rate is even, not bursts of `concurrency` at once
            long firstDue = start + (workerIntervalNanos * i) / Math.max(1, concurrency);
            workers.add(new Worker(port, sources.get(), end, firstDue, workerIntervalNanos));
        }
        List<Thread> threads = workers.stream().map(w -> Thread.ofPlatform().name("load").start(w)).toList();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Histogram all = new Histogram(MAX_LATENCY_MICROS, 3);
        long ok = 0;
        long non2xx = 0;
        long errors = 0;
        for (Worker w : workers) {
            all.add(w.latency);
            ok += w.ok;
            non2xx += w.non2xx;
            errors += w.errors;
        }
        return new RunResult(ok, non2xx, errors, elapsed, all);
    }

    private static final class Worker implements Runnable {
        final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
        private final HttpConnection connection;
        private final RequestSource source;
        private final long end;
        private final long interval;
        private long due;
        long ok;
        long non2xx;
        long errors;

        Worker(int port, RequestSource source, long end, long firstDue, long interval) {
            this.connection = new HttpConnection("127.0.0.1", port);
            this.source = source;
            this.end = end;
            this.due = firstDue;
            this.interval = interval;
        }

        @Override
        public void run() {
            try (connection) {
                while (true) {
                    byte[] request = source.next();
                    long sentAt = System.nanoTime();
                    if (interval > 0) {
                        if (due > sentAt) {
                            LockSupport.parkNanos(due - sentAt); // pacing a load generator, not synchronising
                        }
                        sentAt = due;
                        due += interval;
                    }
                    if (sentAt >= end) {
                        return;
                    }
                    source.sending(sentAt);
                    try {
                        int status = connection.exchange(request);
                        if (status >= 200 && status < 300) {
                            ok++;
                        } else {
                            non2xx++;
                        }
                    } catch (IOException e) {
                        errors++;
                    }
                    long micros = (System.nanoTime() - sentAt) / 1000;
                    latency.recordValue(Math.min(micros, MAX_LATENCY_MICROS));
                }
            }
        }
    }
}
