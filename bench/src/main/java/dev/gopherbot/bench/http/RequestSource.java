package dev.gopherbot.bench.http;

/** Produces the complete bytes of the next request; each load worker has its own source, so no sharing. */
@FunctionalInterface
public interface RequestSource {
    byte[] next();
}
