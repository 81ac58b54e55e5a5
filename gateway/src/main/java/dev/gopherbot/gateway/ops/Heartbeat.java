package dev.gopherbot.gateway.ops;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's heartbeat key ({@code heartbeat:gateway:<instance>}), so an operator can list the live gateways in
 * Redis as for consumers and bgtasks. It expires after three missed beats; a clean stop deletes it. Written off the
 * request path, fire-and-forget: a beat lost while Redis is away is simply the next one's job.
 */
public final class Heartbeat implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofSeconds(10);

    private final RedisAsyncCommands<String, byte[]> redis;
    private final String key;
    private final int port;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gateway-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public Heartbeat(RedisAsyncCommands<String, byte[]> redis, String key, int port) {
        this.redis = redis;
        this.key = key;
        this.port = port;
        timer.scheduleAtFixedRate(this::beat, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        String value = "{\"port\":" + port + ",\"at\":" + System.currentTimeMillis() + "}";
        redis.set(key, value.getBytes(StandardCharsets.UTF_8), SetArgs.Builder.px(INTERVAL.multipliedBy(3).toMillis()));
    }

    /** Stops beating and deletes the key without waiting: shutdown must not stall on a slow or absent Redis. */
    @Override
    public void close() {
        timer.shutdownNow();
        redis.del(key); // if Redis is away, the key expires on its own
    }
}
