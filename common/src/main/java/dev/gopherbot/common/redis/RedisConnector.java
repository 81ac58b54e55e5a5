package dev.gopherbot.common.redis;

import dev.gopherbot.common.retry.Backoff;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslVerifyMode;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one {@link RedisClient} of a process. Each process opens at most two connections from it (the Heroku
 * Redis mini plan allows 20 for the whole app): one shared connection for ordinary commands and, in the consumer, one
 * for the blocking read.
 */
public final class RedisConnector implements AutoCloseable {
    /** How long a process waits for Redis at start-up before it gives up (and Heroku restarts it). */
    public static final Duration STARTUP_PATIENCE = Duration.ofSeconds(20);
    /**
     * 0.5 s doubling to 4 s; with jitter, since at a deploy or restart every dyno of every process asks at once (the
     * jitter only shortens a wait, so the patience above still bounds the whole).
     */
    static final Backoff STARTUP_PAUSE = Backoff.exponential(Duration.ofMillis(500), Duration.ofSeconds(4))
            .withJitter(0.2);
    private static final Logger log = LoggerFactory.getLogger(RedisConnector.class);

    /**
     * The longest wait between two reconnect attempts. Lettuce's default doubles up to 30 s, so after a long outage
     * the first attempt once Redis is back could be half a minute away; capped, the gateway answers 200 again within
     * about a second of Redis returning, however long it was gone (an attempt a second is nothing for Redis).
     */
    public static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(1);

    private final ClientResources resources;
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
        resources = DefaultClientResources.builder().reconnectDelay(Delay.exponential(Duration.ofMillis(50),
                MAX_RECONNECT_DELAY, 2, TimeUnit.MILLISECONDS)).build();
        client = RedisClient.create(resources, uri);
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
        return connect(StringCodec.UTF8);
    }

    /**
     * Opens a connection, retrying with backoff for up to {@link #STARTUP_PATIENCE}: at boot Redis may still be
     * starting, restarting, or slow to finish a TLS handshake while other dynos start too. Once open, Lettuce
     * reconnects on its own.
     */
    public <K, V> StatefulRedisConnection<K, V> connect(RedisCodec<K, V> codec) {
        long deadline = System.nanoTime() + STARTUP_PATIENCE.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return client.connect(codec);
            } catch (RedisException e) {
                long backoffMs = STARTUP_PAUSE.delay(attempt).toMillis();
                if (System.nanoTime() + backoffMs * 1_000_000 > deadline) {
                    throw e;
                }
                log.warn("Redis not reachable yet (attempt {}: {}); retrying in {} ms", attempt, e.getMessage(),
                        backoffMs);
                try {
                    Thread.sleep(backoffMs); // startup backoff, nothing to synchronise with
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** One attempt, no retries: for checks that must fail fast (a refused certificate is not going to change). */
    public StatefulRedisConnection<String, String> connectOnce() {
        return client.connect(StringCodec.UTF8);
    }

    /** A connection for one blocking command loop, whose timeout must exceed the BLOCK time. */
    public StatefulRedisConnection<String, String> connectBlocking(Duration block) {
        StatefulRedisConnection<String, String> c = connect(StringCodec.UTF8);
        c.setTimeout(block.plus(settings.commandTimeout()));
        return c;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS); // ours, not the client's: it does not shut them down
    }
}
