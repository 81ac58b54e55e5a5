package dev.gopherbot.gateway.ops;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;

/** {@code GET /healthz}: 200 when Redis answers a PING within the command timeout, 503 otherwise. */
public final class HealthEndpoint implements Handler {
    public static final String PATH = "/healthz";
    /** The same check where earlier bots had it ({@code /_ruok}: "are you OK?"). */
    public static final String LEGACY_PATH = "/_ruok";

    private final RedisCommands<String, byte[]> redis;

    public HealthEndpoint(RedisCommands<String, byte[]> redis) {
        this.redis = redis;
    }

    @Override
    public void handle(Context ctx) {
        boolean up;
        try {
            up = "PONG".equals(redis.ping());
        } catch (RedisException e) {
            up = false;
        }
        ctx.status(up ? 200 : 503).contentType("text/plain; charset=utf-8").result(up ? "ok" : "redis unavailable");
    }
}
