package dev.gopherbot.bgtasks;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.gopherbot.bgtasks.feeds.FeedHttp;
import dev.gopherbot.bgtasks.feeds.Notifier;
import dev.gopherbot.bgtasks.jobs.JobRunner;
import dev.gopherbot.bgtasks.jobs.ScheduleStore;
import dev.gopherbot.bgtasks.jobs.Task;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.common.channels.RedisChannelDirectory;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.slack.SlackClients;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bgtasks process: competes for leadership and, while it leads, runs {@link Jobs}. Start as many as you like; one
 * is active, the others stand by. Uses one Redis connection (the lease, the cache, the feed state all share it).
 */
public final class BgTasksApp implements AutoCloseable {
    public static final String PROCESS = "bgtasks";
    private static final Logger log = LoggerFactory.getLogger(BgTasksApp.class);

    private final List<AutoCloseable> closeInOrder;

    private BgTasksApp(List<AutoCloseable> closeInOrder) {
        this.closeInOrder = closeInOrder;
    }

    /** The key every instance competes for; its value names the leading instance. */
    public static String leaderKey(Keys keys) {
        return keys.of("{bgtasks}:leader");
    }

    public static BgTasksApp start(BgTasksConfig config) {
        String instance = config.identity().instance();
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            RedisConnector connector = new RedisConnector(config.redis());
            resources.addFirst(connector);
            StatefulRedisConnection<String, String> connection = connector.connect();
            resources.addFirst(connection);
            Slack slack = SlackClients.slack(config.slack());
            resources.addFirst(slack);
            FeedHttp http = new FeedHttp(instance);
            resources.addFirst(http);

            Keys keys = connector.keys();
            // the random part makes the token unique per start; the instance part tells operators who leads
            Lease lease = new Lease(connection.sync(), leaderKey(keys), instance + ":" + UUID.randomUUID(),
                    config.lease());
            Leadership leadership = new Leadership(lease, connection.sync(), keys.heartbeat(PROCESS, instance),
                    instance);
            MethodsClient methods = slack.methods(config.slack().botToken().reveal());
            Notifier notifier = new Notifier(methods, new RedisChannelDirectory(connection, keys),
                    config.botEnv().shadowMode());
            ScheduleStore schedules = new ScheduleStore(connection.sync(), lease, keys, config.clock());
            JobKit kit = new JobKit(connection.sync(), keys, methods, leadership, http, notifier, schedules,
                    config.clock());
            List<Task> jobs = Jobs.all(config, kit);
            JobRunner runner = new JobRunner(jobs, kit.schedules(), config.clock(), leadership, config.maxBackoff());
            // stop the jobs before giving up the lease, so no job runs after a standby may have started
            resources.addFirst(leadership);
            resources.addFirst(runner);
            leadership.start(runner::wake);
            runner.start();
            log.atInfo().setMessage("bgtasks started").addKeyValue("instance", instance)
                    .addKeyValue("jobs", jobs.stream().map(Task::name).toList())
                    .addKeyValue("lease_ms", config.lease().toMillis())
                    .addKeyValue("shadow_mode", config.botEnv().shadowMode()).log();
            return new BgTasksApp(resources);
        } catch (RuntimeException e) {
            new BgTasksApp(resources).close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (AutoCloseable resource : closeInOrder) {
            try {
                resource.close();
            } catch (Exception e) {
                log.atWarn().setMessage("close failed").addKeyValue("resource", resource.getClass().getSimpleName())
                        .addKeyValue("error", e.toString()).log();
            }
        }
    }
}
