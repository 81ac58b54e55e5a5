package dev.gopherbot.bgtasks;

import dev.gopherbot.apps.gopherbot.feeds.gerrit.GerritFeed;
import dev.gopherbot.apps.gopherbot.feeds.gotime.GoTimeFeed;
import dev.gopherbot.apps.gopherbot.feeds.mastodon.MastodonFeed;
import dev.gopherbot.bgtasks.jobs.Job;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every background job, in the order a new leader first runs them: the channel cache first, since the feeds resolve
 * their channel names through it. To add a job, write its class and add one line here.
 */
final class Jobs {
    private Jobs() {
    }

    static List<Job> all(BgTasksConfig c, JobKit kit) {
        return Stream.of(
                Optional.of(kit.channelCache(c.channels())),
                kit.feed(c.gerrit().feed(), new GerritFeed(c.gerrit(), kit.http())),
                kit.feed(c.goTime().feed(), new GoTimeFeed(c.goTime(), kit.http(), c.clock())),
                kit.feed(c.mastodon().feed(), new MastodonFeed(c.mastodon(), kit.http())))
                .flatMap(Optional::stream).toList();
    }
}
