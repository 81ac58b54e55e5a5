package dev.gopherbot.bgtasks;

import com.slack.api.methods.MethodsClient;
import dev.gopherbot.bgtasks.channels.ChannelCacheJob;
import dev.gopherbot.bgtasks.channels.ChannelCacheSettings;
import dev.gopherbot.bgtasks.channels.ChannelCacheWriter;
import dev.gopherbot.bgtasks.feeds.Feed;
import dev.gopherbot.bgtasks.feeds.FeedHttp;
import dev.gopherbot.bgtasks.feeds.FeedJob;
import dev.gopherbot.bgtasks.feeds.FeedSettings;
import dev.gopherbot.bgtasks.feeds.FeedStore;
import dev.gopherbot.bgtasks.feeds.Notifier;
import dev.gopherbot.bgtasks.jobs.Job;
import dev.gopherbot.bgtasks.jobs.ScheduleStore;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What jobs are built from, so that {@link Jobs} reads as a list and not as wiring.
 *
 * @param schedules the calendar jobs' state; a calendar job that uses effect markers is built with it
 */
record JobKit(RedisCommands<String, String> redis, Keys keys, MethodsClient slack, Leadership leadership,
        FeedHttp http, Notifier notifier, ScheduleStore schedules, Clock clock) {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    Job channelCache(ChannelCacheSettings settings) {
        return new ChannelCacheJob(slack, new ChannelCacheWriter(redis, ChannelKeys.of(keys), settings.ttl()),
                leadership, settings);
    }

    /** The feed as a job, or empty (with one log line saying why) when it has no channel to announce to. */
    Optional<Job> feed(FeedSettings settings, Feed feed) {
        if (!settings.enabled()) {
            log.atInfo().setMessage("feed disabled: no channel configured").addKeyValue("feed", settings.name())
                    .addKeyValue("setting", settings.name().toUpperCase(Locale.ROOT) + "_CHANNEL").log();
            return Optional.empty();
        }
        FeedStore store = new FeedStore(redis, leadership.lease(), keys, settings.name(),
                FeedJob.markerRetention(settings));
        return Optional.of(new FeedJob(feed, settings, store, notifier, clock));
    }
}
