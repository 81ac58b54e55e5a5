package dev.gopherbot.bgtasks;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.Databases;
import dev.gopherbot.app.host.Definitions;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.host.SlackApp;
import dev.gopherbot.bgtasks.jobs.JobRunner;
import dev.gopherbot.bgtasks.jobs.ScheduleStore;
import dev.gopherbot.bgtasks.jobs.Task;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.SharedConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bgtasks process: competes for leadership and, while it leads, runs the apps' jobs ({@link Jobs}). Start as many
 * as you like; one is active, the others stand by. Uses one Redis connection (the lease, the caches and the apps'
 * state all share it).
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

    /**
     * Starts competing for leadership; while leading, runs every job of {@code apps} (and a channel cache for each
     * app that reads channels by name).
     *
     * @throws ConfigException listing every invalid setting or registration
     */
    public static BgTasksApp start(Env env, List<App> apps) {
        BgTasksConfig config = BgTasksConfig.from(env);
        Map<String, SlackApp> slackApps = Definitions.slackApps(env, apps, false);
        env.check();
        return start(config, env, apps, slackApps);
    }

    /** As {@link #start(Env, List)}, with a clock of the test's. */
    public static BgTasksApp start(BgTasksConfig config, Env env, List<App> apps) {
        Map<String, SlackApp> slackApps = Definitions.slackApps(env, apps, false);
        env.check();
        return start(config, env, apps, slackApps);
    }

    private static BgTasksApp start(BgTasksConfig config, Env env, List<App> apps, Map<String, SlackApp> slackApps) {
        String instance = config.identity().instance();
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            RedisConnector connector = new RedisConnector(config.redis());
            resources.addFirst(connector);
            Keys keys = connector.keys();
            Databases databases = Databases.from(env);
            resources.addFirst(databases);
            SharedConnection shared = new SharedConnection(connector);
            resources.addFirst(shared);
            ProcessServices services = new ProcessServices(env, config.clock(), config.botEnv().shadowMode(), keys,
                    () -> shared.get().sync(), slackApps, databases);
            List<AppDefinition> definitions = Definitions.define(env, apps, services);
            databases.check(env, definitions);
            env.check();
            databases.migrate(definitions);
            StatefulRedisConnection<String, String> connection = shared.get();
            // the random part makes the token unique per start; the instance part tells operators who leads
            Lease lease = new Lease(connection.sync(), leaderKey(keys), instance + ":" + UUID.randomUUID(),
                    config.lease());
            Leadership leadership = new Leadership(lease, connection.sync(), keys.heartbeat(PROCESS, instance),
                    instance);
            ScheduleStore schedules = new ScheduleStore(connection.sync(), lease, keys, config.clock());
            List<Task> jobs = Jobs.all(config, definitions, services, connection.sync(), keys, leadership,
                    schedules);
            JobRunner runner = new JobRunner(jobs, schedules, config.clock(), leadership, config.maxBackoff());
            // stop the jobs before giving up the lease, so no job runs after a standby may have started
            resources.addFirst(leadership);
            resources.addFirst(runner);
            leadership.start(runner::wake);
            runner.start();
            log.atInfo().setMessage("bgtasks started").addKeyValue("instance", instance)
                    .addKeyValue("apps", apps.stream().map(App::name).toList())
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
