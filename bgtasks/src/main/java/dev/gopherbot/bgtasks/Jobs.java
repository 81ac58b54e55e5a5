package dev.gopherbot.bgtasks;

import dev.gopherbot.bgtasks.feeds.gerrit.GerritFeed;
import dev.gopherbot.bgtasks.feeds.gotime.GoTimeFeed;
import dev.gopherbot.bgtasks.feeds.mastodon.MastodonFeed;
import dev.gopherbot.bgtasks.jobs.Task;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every background job, in the order a new leader first runs them: the channel cache first, since the feeds resolve
 * their channel names through it. To add a job ({@code Job} or {@code CalendarJob}), write its class and add one line
 * here.
 */
final class Jobs {
    private Jobs() {
    }

    static List<Task> all(BgTasksConfig c, JobKit kit) {
        return Stream.<Optional<? extends Task>>of(
                Optional.of(kit.channelCache(c.channels())),
                kit.feed(c.gerrit().feed(), new GerritFeed(c.gerrit(), kit.http())),
                kit.feed(c.goTime().feed(), new GoTimeFeed(c.goTime(), kit.http(), c.clock())),
                kit.feed(c.mastodon().feed(), new MastodonFeed(c.mastodon(), kit.http())))
                .<Task>flatMap(Optional::stream).toList();
    }
}
