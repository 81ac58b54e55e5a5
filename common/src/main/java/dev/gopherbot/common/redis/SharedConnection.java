package dev.gopherbot.common.redis;

import io.lettuce.core.api.StatefulRedisConnection;

/**
 * A process's one connection for ordinary commands, opened when first needed: by an app during its definition, or by
 * the process once every app is defined (so a configuration error is reported before waiting for Redis).
 */
public final class SharedConnection implements AutoCloseable {
    private final RedisConnector connector;
    private StatefulRedisConnection<String, String> connection;

    public SharedConnection(RedisConnector connector) {
        this.connector = connector;
    }

    public synchronized StatefulRedisConnection<String, String> get() {
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
