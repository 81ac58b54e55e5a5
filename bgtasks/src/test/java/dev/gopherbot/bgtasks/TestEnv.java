package dev.gopherbot.bgtasks;

import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.FakeSlack;
import java.util.HashMap;
import java.util.Map;

/** The environment a test bgtasks runs with: real Redis, the fake Slack, fast schedules. */
public final class TestEnv {
    private TestEnv() {
    }

    public static Map<String, String> base(RedisServer redis, FakeSlack slack) {
        Map<String, String> env = new HashMap<>();
        env.put("REDIS_URL", redis.url());
        env.put("REDIS_TIMEOUT", "500ms");
        env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("BOT_ENV", "production");
        env.put("LOG_FORMAT", "text");
        env.put("BGTASKS_LEASE", "3s");
        env.put("BGTASKS_MAX_BACKOFF", "2s");
        env.put("CHANNEL_REFRESH_INTERVAL", "1s");
        env.put("CHANNEL_CACHE_TTL", "3d");
        return env;
    }
}
