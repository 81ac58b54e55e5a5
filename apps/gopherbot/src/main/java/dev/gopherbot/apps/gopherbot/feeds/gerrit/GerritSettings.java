package dev.gopherbot.apps.gopherbot.feeds.gerrit;

import dev.gopherbot.apps.gopherbot.feeds.FeedSettings;
import dev.gopherbot.common.config.Env;
import java.net.URI;
import java.time.Duration;

/**
 * The merged-changes feed: {@code GERRIT_URL} (the Gerrit host, also the base of the links posted),
 * {@code GERRIT_QUERY} (a Gerrit search), {@code GERRIT_LIMIT} (changes asked for per poll) and the common
 * {@code GERRIT_CHANNEL}, {@code GERRIT_INTERVAL}, {@code GERRIT_MAX_AGE}.
 */
public record GerritSettings(FeedSettings feed, URI url, String query, int limit) {
    public static final String DEFAULT_URL = "https://go-review.googlesource.com";

    public static GerritSettings from(Env env) {
        FeedSettings feed = FeedSettings.from(env, "gerrit", Duration.ofMinutes(1), Duration.ofHours(24));
        URI url = env.url("GERRIT_URL", DEFAULT_URL);
        String base = url.toString().endsWith("/") ? url.toString().substring(0, url.toString().length() - 1)
                : url.toString();
        return new GerritSettings(feed, URI.create(base), env.string("GERRIT_QUERY", "status:merged"),
                env.integer("GERRIT_LIMIT", 100, 1, 500));
    }
}
