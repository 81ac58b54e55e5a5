package dev.gopherbot.apps.gopherbot;

import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.apps.gopherbot.feeds.Feed;
import dev.gopherbot.apps.gopherbot.feeds.FeedHttp;
import dev.gopherbot.apps.gopherbot.feeds.FeedJob;
import dev.gopherbot.apps.gopherbot.feeds.FeedSettings;
import dev.gopherbot.apps.gopherbot.feeds.Notifier;
import dev.gopherbot.apps.gopherbot.feeds.gerrit.GerritFeed;
import dev.gopherbot.apps.gopherbot.feeds.gerrit.GerritSettings;
import dev.gopherbot.apps.gopherbot.feeds.goreleases.GoReleasesFeed;
import dev.gopherbot.apps.gopherbot.feeds.goreleases.GoReleasesSettings;
import dev.gopherbot.apps.gopherbot.feeds.gotime.GoTimeFeed;
import dev.gopherbot.apps.gopherbot.feeds.gotime.GoTimeSettings;
import dev.gopherbot.apps.gopherbot.feeds.mastodon.MastodonFeed;
import dev.gopherbot.apps.gopherbot.feeds.mastodon.MastodonSettings;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.schedule.Schedule;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The announcement feeds as bgtasks jobs: Gerrit changes, Go Time episodes, Go Time's Mastodon posts, Go releases. A feed
 * without a channel setting is off, with one log line saying which setting turns it on.
 */
public final class Feeds implements Feature {
    private static final Logger log = LoggerFactory.getLogger(Feeds.class);

    private final AppContext app;
    private final GerritSettings gerrit;
    private final GoTimeSettings goTime;
    private final MastodonSettings mastodon;
    private final GoReleasesSettings goReleases;

    public Feeds(AppContext app) {
        this.app = app;
        this.gerrit = GerritSettings.from(app.env());
        this.goTime = GoTimeSettings.from(app.env());
        this.mastodon = MastodonSettings.from(app.env());
        this.goReleases = GoReleasesSettings.from(app.env());
    }

    @Override
    public void register(Registrar r) {
        FeedHttp http = new FeedHttp(app.http(), Identity.from(app.env()).instance());
        Notifier notifier = new Notifier(app.slack(), app.channels(), app.shadowMode());
        feed(r, gerrit.feed(), new GerritFeed(gerrit, http), notifier, "Announces new Go changes from Gerrit");
        feed(r, goTime.feed(), new GoTimeFeed(goTime, http, app.clock()), notifier,
                "Announces Go Time episodes going live");
        feed(r, mastodon.feed(), new MastodonFeed(mastodon, http), notifier,
                "Announces the Go team's Mastodon posts");
        feed(r, goReleases.feed(), new GoReleasesFeed(goReleases, http, app.clock()), notifier,
                "Announces each new Go release and release candidate, with its release notes");
    }

    private void feed(Registrar r, FeedSettings settings, Feed feed, Notifier notifier, String description) {
        if (!settings.enabled()) {
            log.atInfo().setMessage("feed disabled: no channel configured").addKeyValue("feed", settings.name())
                    .addKeyValue("setting", settings.name().toUpperCase(Locale.ROOT) + "_CHANNEL").log();
            return;
        }
        r.job("feed-" + settings.name(), Schedule.every(settings.interval()), description,
                new FeedJob(feed, settings, app.redis(), app.keys(), notifier, app.clock()));
    }
}
