package dev.gopherbot.bench.http;

/** Produces the complete bytes of the next request; each load worker has its own source, so no sharing. */
@FunctionalInterface
public interface RequestSource {
    byte[] next();

    /**
     * Called just before the request from the last {@link #next()} goes out, with the instant it counts from
     * ({@link System#nanoTime()}; for fixed-rate runs, when it was due). End-to-end measurements start their clock
     * here.
     */
    default void sending(long atNanos) {
    }
}
