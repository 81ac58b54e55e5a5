package dev.gopherbot.common.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslVerifyMode;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;

/**
 * Builds the one {@link RedisClient} of a process. Each process opens at most two connections from it (the Heroku
 * Redis mini plan allows 20 for the whole app): one shared connection for ordinary commands and, in the consumer, one
 * for the blocking read.
 */
public final class RedisConnector implements AutoCloseable {
    private final RedisClient client;
    private final RedisSettings settings;

    public RedisConnector(RedisSettings settings) {
        this.settings = settings;
        RedisURI uri = RedisURI.create(settings.url().reveal());
        uri.setTimeout(settings.commandTimeout());
        if (uri.isSsl()) {
            uri.setVerifyPeer(switch (settings.tlsVerify()) {
                case FULL -> SslVerifyMode.FULL;
                case CA -> SslVerifyMode.CA;
                case NONE -> SslVerifyMode.NONE;
            });
        }
        client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // fail fast while disconnected: callers answer 503 or retry instead of queueing unbounded work
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled()) // per-connection timeout, so the blocking reader can differ
                .socketOptions(SocketOptions.builder().connectTimeout(settings.commandTimeout()).keepAlive(true).build())
                .build());
    }

    public Keys keys() {
        return settings.keys();
    }

    public RedisSettings settings() {
        return settings;
    }

    public StatefulRedisConnection<String, String> connect() {
        return client.connect(StringCodec.UTF8);
    }

    public <K, V> StatefulRedisConnection<K, V> connect(RedisCodec<K, V> codec) {
        return client.connect(codec);
    }

    /** A connection for one blocking command loop, whose timeout must exceed the BLOCK time. */
    public StatefulRedisConnection<String, String> connectBlocking(Duration block) {
        StatefulRedisConnection<String, String> c = client.connect(StringCodec.UTF8);
        c.setTimeout(block.plus(settings.commandTimeout()));
        return c;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
