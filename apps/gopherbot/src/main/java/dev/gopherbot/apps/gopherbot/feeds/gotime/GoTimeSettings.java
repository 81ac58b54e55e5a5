package dev.gopherbot.apps.gopherbot.feeds.gotime;

import dev.gopherbot.apps.gopherbot.feeds.FeedSettings;
import dev.gopherbot.common.config.Env;
import java.net.URI;
import java.time.Duration;

/**
 * The "Go Time is live" feed: {@code GOTIME_STATUS_URL} (is anything streaming), {@code GOTIME_COUNTDOWN_URL} (when
 * the next Go Time is scheduled), {@code GOTIME_WINDOW} (how far from the scheduled start a live stream still counts
 * as Go Time), {@code GOTIME_LINK} (posted with the announcement) and the common {@code GOTIME_CHANNEL},
 * {@code GOTIME_INTERVAL}. Its maximum age is the window: a show that started longer ago is not announced.
 */
public record GoTimeSettings(FeedSettings feed, URI statusUrl, URI countdownUrl, Duration window, String link) {
    public static GoTimeSettings from(Env env) {
        Duration window = env.duration("GOTIME_WINDOW", Duration.ofMinutes(30));
        FeedSettings common = FeedSettings.from(env, "gotime", Duration.ofMinutes(1), window);
        FeedSettings feed = new FeedSettings(common.name(), common.channel(), common.interval(), window);
        return new GoTimeSettings(feed, env.url("GOTIME_STATUS_URL", "https://changelog.com/live/status"),
                env.url("GOTIME_COUNTDOWN_URL", "https://changelog.com/slack/countdown/gotime"), window,
                env.string("GOTIME_LINK", "https://changelog.com/live"));
    }
}
