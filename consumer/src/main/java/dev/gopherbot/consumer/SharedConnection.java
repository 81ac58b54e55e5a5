package dev.gopherbot.consumer;

import dev.gopherbot.common.redis.RedisConnector;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * The process's one connection for ordinary commands, opened when first needed: by an app during its definition,
 * or by the consumer once every app is defined (so a configuration error is reported before waiting for Redis).
 */
final class SharedConnection implements AutoCloseable {
    private final RedisConnector connector;
    private StatefulRedisConnection<String, String> connection;

    SharedConnection(RedisConnector connector) {
        this.connector = connector;
    }

    synchronized StatefulRedisConnection<String, String> get() {
        if (connection == null) {
            connection = connector.connect(); // waits for Redis up to 20 s
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
