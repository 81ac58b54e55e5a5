package dev.gopherbot.bgtasks;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.SlackApp;
import dev.gopherbot.bgtasks.apps.AppJob;
import dev.gopherbot.bgtasks.channels.ChannelCacheJob;
import dev.gopherbot.bgtasks.channels.ChannelCacheWriter;
import dev.gopherbot.bgtasks.jobs.Job;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.slack.SlackClients;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every background job, in the order a new leader first runs them: each app's channel cache first (when the app reads
 * channels by name), since its other jobs may resolve channel names through it, then the app's own jobs.
 */
final class Jobs {
    private Jobs() {
    }

    static List<Job> all(BgTasksConfig config, List<AppDefinition> apps, Map<String, SlackApp> slack,
                         RedisCommands<String, String> redis, Keys keys, Leadership leadership) {
        List<Job> jobs = new ArrayList<>();
        for (AppDefinition app : apps) {
            if (app.usesChannels()) {
                jobs.add(new ChannelCacheJob(app.name(), SlackClients.methods(slack.get(app.name()).web()),
                        new ChannelCacheWriter(redis, ChannelKeys.of(keys.forApp(app.name())),
                                config.channels().ttl()), leadership, config.channels()));
            }
        }
        for (AppDefinition app : apps) {
            app.jobs().forEach(job -> jobs.add(new AppJob(app.name(), job, leadership.lease(), config.clock())));
        }
        return jobs;
    }
}
