package dev.gopherbot.apps.gopherbot.feeds.goreleases;

import dev.gopherbot.apps.gopherbot.feeds.FeedSettings;
import dev.gopherbot.common.config.Env;
import java.net.URI;
import java.time.Duration;

/**
 * New Go releases: {@code GORELEASES_URL} (the download index, every release with {@code include=all}) and the
 * common {@code GORELEASES_CHANNEL}, {@code GORELEASES_INTERVAL}, {@code GORELEASES_MAX_AGE}.
 */
public record GoReleasesSettings(FeedSettings feed, URI url) {
    public static final String DEFAULT_URL = "https://go.dev/dl/?mode=json&include=all";

    public static GoReleasesSettings from(Env env) {
        FeedSettings feed = FeedSettings.from(env, "goreleases", Duration.ofMinutes(10), Duration.ofDays(2));
        return new GoReleasesSettings(feed, env.url("GORELEASES_URL", DEFAULT_URL));
    }
}
