package dev.gopherbot.bgtasks;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.Services;
import dev.gopherbot.bgtasks.apps.AppJobs;
import dev.gopherbot.bgtasks.channels.ChannelCacheJob;
import dev.gopherbot.bgtasks.channels.ChannelCacheWriter;
import dev.gopherbot.bgtasks.jobs.ScheduleStore;
import dev.gopherbot.bgtasks.jobs.Task;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;

/**
 * Every background job, in the order a new leader first runs them: each app's channel cache first (when the app reads
 * channels by name), since its other jobs may resolve channel names through it, then the apps' own jobs: interval
 * schedules as plain jobs, calendar schedules as calendar jobs (run once per due time, docs/bgtasks.md).
 */
final class Jobs {
    private Jobs() {
    }

    /** @param services each app's channel cache calls Slack through the app's {@code slack()}, as its jobs do */
    static List<Task> all(BgTasksConfig config, List<AppDefinition> apps, Services services,
                          RedisCommands<String, String> redis, Keys keys, Leadership leadership,
                          ScheduleStore schedules) {
        List<Task> jobs = new ArrayList<>();
        for (AppDefinition app : apps) {
            if (app.usesChannels()) {
                jobs.add(new ChannelCacheJob(app.name(), services.slack(app.name()),
                        new ChannelCacheWriter(redis, ChannelKeys.of(keys.forApp(app.name())),
                                config.channels().ttl()), leadership, config.channels()));
            }
        }
        for (AppDefinition app : apps) {
            app.jobs().forEach(job -> jobs.add(AppJobs.of(app.name(), job, leadership.lease(), schedules,
                    config.clock())));
        }
        return jobs;
    }
}
