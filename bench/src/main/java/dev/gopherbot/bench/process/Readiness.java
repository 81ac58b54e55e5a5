package dev.gopherbot.bench.process;

import dev.gopherbot.bench.http.HttpConnection;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * When a process counts as ready, checked from outside without reading its logs: the gateway answers
 * {@code /healthz}; the consumer has sent its first {@code XREADGROUP}, i.e. is reading; bgtasks has written its
 * heartbeat key.
 */
@FunctionalInterface
public interface Readiness {
    boolean ready();

    /** {@code GET <path>} on 127.0.0.1 answers 200. */
    static Readiness http(int port, String path) {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return () -> {
            try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
                return connection.exchange(request) == 200;
            } catch (IOException e) {
                return false; // not listening yet
            }
        };
    }

    /**
     * At least {@code count} Redis clients have sent {@code XREADGROUP} ({@code CLIENT LIST} shows each connection's
     * last command): each consumer process has one blocking reader connection, busy with that command from its first
     * read on. (Redis 7.0 lists a consumer in {@code XINFO CONSUMERS} only once it has been delivered an entry, so on
     * an empty stream that never shows.)
     */
    static Readiness reading(RedisCommands<String, String> redis, int count) {
        return () -> {
            try {
                return redis.clientList().lines().filter(l -> l.contains(" cmd=xreadgroup")).count() >= count;
            } catch (RedisException e) {
                return false;
            }
        };
    }

    /** {@code key} exists. */
    static Readiness keyExists(RedisCommands<String, String> redis, String key) {
        return () -> redis.exists(key) > 0;
    }
}
