package dev.gopherbot.bench.process;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.testkit.slack.FakeSlack;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Launches the Procfile's three processes from their jars, configured as on Heroku (production, JSON logs) but
 * against this run's Redis and fake Slack, and tells when each is ready.
 */
public final class Dynos implements AutoCloseable {
    public static final String SIGNING_SECRET = "bench-signing-secret";
    /** {@code HEROKU_APP_NAME}, hence the consumer group's name. */
    public static final String APP = "gopherbot-bench";

    private final Path root;
    private final JvmSettings jvm;
    private final String redisUrl;
    private final String slackApiUrl;
    private final Path logDir;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final Keys keys = new Keys(Keys.DEFAULT_PREFIX);

    public Dynos(Path root, JvmSettings jvm, String redisUrl, FakeSlack slack, Path logDir) {
        this.root = root;
        this.jvm = jvm;
        this.redisUrl = redisUrl;
        this.slackApiUrl = slack.apiUrl();
        this.logDir = logDir;
        this.client = RedisClient.create(redisUrl);
        this.connection = client.connect();
    }

    /** Child logs go to a new temporary directory, named in error messages. */
    public static Dynos start(Path root, JvmSettings jvm, String redisUrl, FakeSlack slack) {
        try {
            return new Dynos(root, jvm, redisUrl, slack, Files.createTempDirectory("gopherbot-bench-"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a directory for the logs: " + e.getMessage(), e);
        }
    }

    public JvmSettings jvm() {
        return jvm;
    }

    public Keys keys() {
        return keys;
    }

    public RedisCommands<String, String> redis() {
        return connection.sync();
    }

    public ChildJvm gateway(String instance, int port) {
        Map<String, String> env = common(instance);
        env.put("PORT", Integer.toString(port));
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        return launch("gateway", instance, env);
    }

    public ChildJvm consumer(String instance) {
        Map<String, String> env = common(instance);
        env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
        env.put("SLACK_API_URL", slackApiUrl);
        return launch("consumer", instance, env);
    }

    public ChildJvm bgtasks(String instance) {
        Map<String, String> env = common(instance);
        env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
        env.put("SLACK_API_URL", slackApiUrl);
        return launch("bgtasks", instance, env);
    }

    public Readiness gatewayReady(int port) {
        return Readiness.http(port, "/healthz");
    }

    /** {@code count} consumer processes are reading (launch them one at a time, or wait for all of them). */
    public Readiness consumersReading(int count) {
        return Readiness.reading(redis(), count);
    }

    public Readiness bgtasksReady(String instance) {
        return Readiness.keyExists(redis(), keys.heartbeat("bgtasks", instance));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }

    private Map<String, String> common(String instance) {
        Map<String, String> env = new HashMap<>();
        env.put("REDIS_URL", redisUrl);
        env.put("BOT_ENV", "production"); // outside production the bot only answers mentions and DMs
        env.put("LOG_FORMAT", "json");
        env.put("LOG_LEVEL", "info");
        env.put("HEROKU_APP_NAME", APP);
        env.put("HEROKU_DYNO_ID", instance);
        return env;
    }

    private ChildJvm launch(String process, String instance, Map<String, String> env) {
        Path jar = root.resolve("dist").resolve("target").resolve(process + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./gopherbot bench builds it)");
        }
        return ChildJvm.launch(instance, jvm.java(), jvm.options(process), jar, env, logDir);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
