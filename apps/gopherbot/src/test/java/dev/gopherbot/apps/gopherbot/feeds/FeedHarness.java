package dev.gopherbot.apps.gopherbot.feeds;

import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.bgtasks.AppHarness;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.bgtasks.MutableClock;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.testkit.feeds.FeedFake;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** bgtasks running the community bot's feeds against the feed APIs' fake; no feed is on unless a test turns it on. */
public final class FeedHarness implements AutoCloseable {
    /** The app's key space, where its feed state lives. */
    public static final Keys KEYS = AppHarness.KEYS.forApp(GopherbotApp.NAME);

    public final AppHarness bgtasks;
    public final FeedFake feeds = FeedFake.start();
    public final RedisCommands<String, String> redis;
    public final FakeSlack slack;
    public final MutableClock clock;

    public FeedHarness(RedisServer server, Instant now) {
        this.bgtasks = new AppHarness(server, now);
        this.redis = bgtasks.redis;
        this.slack = bgtasks.slack;
        this.clock = bgtasks.clock;
    }

    public List<Call> calls(String method) {
        return bgtasks.calls(method);
    }

    public BgTasksApp start(Consumer<Map<String, String>> settings) {
        return bgtasks.start(List.of(new GopherbotApp()), env -> {
            env.put("GERRIT_URL", feeds.url());
            env.put("GERRIT_INTERVAL", "150ms");
            env.put("GOTIME_STATUS_URL", feeds.url() + FeedFake.STATUS_PATH);
            env.put("GOTIME_COUNTDOWN_URL", feeds.url() + FeedFake.COUNTDOWN_PATH);
            env.put("GOTIME_INTERVAL", "150ms");
            env.put("MASTODON_URL", feeds.url());
            env.put("MASTODON_ACCOUNT_ID", FeedFake.ACCOUNT_ID);
            env.put("MASTODON_INTERVAL", "150ms");
            env.put("GORELEASES_URL", feeds.url() + FeedFake.GO_DOWNLOADS_PATH + "?mode=json&include=all");
            env.put("GORELEASES_INTERVAL", "150ms");
            settings.accept(env);
        });
    }

    public List<String> posted(String channelId) {
        return bgtasks.posted(channelId);
    }

    public void stop(BgTasksApp app) {
        bgtasks.stop(app);
    }

    public String instance() {
        return bgtasks.instance();
    }

    @Override
    public void close() {
        bgtasks.close();
        feeds.close();
    }
}
