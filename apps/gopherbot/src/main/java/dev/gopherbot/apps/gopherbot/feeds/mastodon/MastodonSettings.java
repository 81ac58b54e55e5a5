package dev.gopherbot.apps.gopherbot.feeds.mastodon;

import dev.gopherbot.apps.gopherbot.feeds.FeedSettings;
import dev.gopherbot.common.config.Env;
import java.net.URI;
import java.time.Duration;

/**
 * New posts of one Mastodon account: {@code MASTODON_URL} (the instance), {@code MASTODON_ACCOUNT_ID} (the numeric
 * account id, from {@code /api/v1/accounts/lookup?acct=name}) and the common {@code MASTODON_CHANNEL},
 * {@code MASTODON_INTERVAL}, {@code MASTODON_MAX_AGE}. The defaults follow {@code @gotime@changelog.social}, as the Go
 * original did.
 */
public record MastodonSettings(FeedSettings feed, URI url, String accountId) {
    public static final String DEFAULT_URL = "https://changelog.social";
    public static final String DEFAULT_ACCOUNT_ID = "109349735213354404";

    public static MastodonSettings from(Env env) {
        FeedSettings feed = FeedSettings.from(env, "mastodon", Duration.ofMinutes(5), Duration.ofHours(24));
        URI url = env.url("MASTODON_URL", DEFAULT_URL);
        String accountId = env.string("MASTODON_ACCOUNT_ID", DEFAULT_ACCOUNT_ID);
        if (!accountId.matches("[0-9]+")) {
            env.problem("MASTODON_ACCOUNT_ID=" + accountId + " is invalid: expected the numeric account id");
        }
        return new MastodonSettings(feed, url, accountId);
    }
}
