package dev.gopherbot.dist;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.bgtasks.TestEnv;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.testkit.feeds.FeedFake;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Two real bgtasks processes ({@code java -jar dist/target/bgtasks.jar}, the community bot's Gerrit feed on) on one
 * Redis: one leads, one stands by; killing
 * the leader (SIGKILL, a crashed dyno) or stopping it (SIGTERM, a deploy) hands the jobs over without running them in
 * both places and without announcing anything twice.
 */
class BgTasksProcessIT {
    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final Duration START = Duration.ofSeconds(30);
    private static final Path JAR = Path.of("target", "bgtasks.jar");
    private static final Path LOGS = Path.of("target", "it-logs");
    private static final Keys KEYS = new Keys(Keys.DEFAULT_PREFIX);
    private static final String CHANNEL = "C0CLS";

    private static RedisServer server;
    private static RedisConnector connector;
    private static StatefulRedisConnection<String, String> connection;
    private static RedisCommands<String, String> redis;
    private FakeSlack slack;
    private FeedFake feeds;
    private final List<Process> processes = new ArrayList<>();
    private String testName;

    @BeforeAll
    static void startRedis() throws IOException {
        assertTrue(Files.exists(JAR), JAR.toAbsolutePath() + " is built by the package phase; run mvn verify");
        Files.createDirectories(LOGS);
        server = RedisServer.startEphemeral();
        connector = new RedisConnector(RedisSettings.local(server.url(), KEYS.prefix()));
        connection = connector.connect();
        redis = connection.sync();
    }

    @AfterAll
    static void stopRedis() {
        connection.close();
        connector.close();
        server.close();
    }

    @BeforeEach
    void startFakes(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        slack = FakeSlack.start();
        slack.workspace().addChannel(new Workspace.Channel(CHANNEL, "golang-cls", false, false, false, null));
        feeds = FeedFake.start();
    }

    @AfterEach
    void stopAll() {
        processes.forEach(Process::destroyForcibly);
        slack.close();
        feeds.close();
        server.flushAll();
    }

    private Process launch(String instance, Map<String, String> extra) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx128m", "-jar", JAR.toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME"));
        env.putAll(TestEnv.base(server, slack));
        env.put("GERRIT_URL", feeds.url());
        env.put("BGTASKS_LEASE", LEASE.toSeconds() + "s");
        env.put("GERRIT_CHANNEL", "golang-cls");
        env.put("GERRIT_INTERVAL", "200ms");
        env.put("HEROKU_DYNO_ID", instance);
        env.putAll(extra);
        pb.redirectErrorStream(true).redirectOutput(log(instance).toFile());
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /** Each child's output, kept for reading after a failure: target/it-logs/&lt;test&gt;.&lt;instance&gt;.log. */
    private Path log(String instance) {
        return LOGS.resolve(testName + "." + instance + ".log");
    }

    private String leader() {
        String value = redis.get(BgTasksApp.leaderKey(KEYS));
        return value == null ? null : value.substring(0, value.indexOf(':'));
    }

    private List<String> posted() {
        return slack.calls("chat.postMessage").stream().filter(c -> CHANNEL.equals(c.param("channel")))
                .map(c -> c.param("text")).toList();
    }

    private long postedWith(String subject) {
        return posted().stream().filter(t -> t.contains(subject)).count();
    }

    private List<FeedFake.Request> polls(String instance) {
        return feeds.requests(FeedFake.GERRIT_PATH).stream().filter(r -> r.instance().equals(instance)).toList();
    }

    /** Starts a leader (which announces the newest change) and a standby, and waits until both are in place. */
    private Process[] leaderAndStandby() throws IOException {
        Instant now = Instant.now();
        feeds.mergeGerrit(FeedFake.gerritChange(700002, "go", "change two", now.minusSeconds(30)),
                FeedFake.gerritChange(700001, "go", "change one", now.minusSeconds(60)));
        Process a = launch("bgtasks.1", Map.of());
        await().atMost(START).until(() -> postedWith("change two") == 1);
        assertEquals("bgtasks.1", leader());
        Process b = launch("bgtasks.2", Map.of());
        await().atMost(START).until(() -> "standby".equals(redis.get(KEYS.heartbeat("bgtasks", "bgtasks.2"))));
        feeds.mergeGerritChange(700003, "go", "change three", Instant.now());
        await().atMost(START).until(() -> postedWith("change three") == 1);
        assertEquals(List.of(), polls("bgtasks.2"), "the standby runs no job while the leader lives");
        return new Process[] {a, b};
    }

    private void assertEachAnnouncedOnceAndNoPollOverlaps() {
        int seen = polls("bgtasks.2").size();
        await().atMost(START).until(() -> polls("bgtasks.2").size() >= seen + 5);
        for (String subject : List.of("change two", "change three", "change four", "change five")) {
            assertEquals(1, postedWith(subject), subject + " in " + posted());
        }
        assertEquals(0, postedWith("change one"), "the first run announces only the newest");
        long lastOfA = polls("bgtasks.1").getLast().atNanos();
        long firstOfB = polls("bgtasks.2").getFirst().atNanos();
        assertTrue(lastOfA < firstOfB, "the old leader polled after the new one started");
    }

    @Test
    void killingTheLeaderHandsOverWithinTwoLeasesAndNothingIsAnnouncedTwice() throws Exception {
        Process[] ab = leaderAndStandby();

        ab[0].destroyForcibly();
        assertTrue(ab[0].waitFor(10, TimeUnit.SECONDS));
        long killed = System.nanoTime();
        feeds.mergeGerrit(FeedFake.gerritChange(700005, "go", "change five", Instant.now()),
                FeedFake.gerritChange(700004, "go", "change four", Instant.now().minusSeconds(1)));

        await().atMost(LEASE.multipliedBy(2)).until(() -> "bgtasks.2".equals(leader()));
        long tookOverMs = (System.nanoTime() - killed) / 1_000_000;
        assertTrue(tookOverMs <= LEASE.multipliedBy(2).toMillis(), "took over after " + tookOverMs + " ms");
        System.out.printf("standby took over %d ms after the leader was killed (lease %d ms)%n", tookOverMs,
                LEASE.toMillis());
        await().atMost(START).until(() -> postedWith("change four") == 1 && postedWith("change five") == 1);
        assertEachAnnouncedOnceAndNoPollOverlaps();
    }

    @Test
    void stoppingTheLeaderReleasesTheLeaseSoTheStandbyTakesOverAtOnce() throws Exception {
        Process[] ab = leaderAndStandby();

        ab[0].destroy(); // SIGTERM, as Heroku sends on a deploy or restart
        assertTrue(ab[0].waitFor(25, TimeUnit.SECONDS), "stops within Heroku's budget");
        assertEquals(0, ab[0].exitValue());
        long stopped = System.nanoTime();
        feeds.mergeGerrit(FeedFake.gerritChange(700005, "go", "change five", Instant.now()),
                FeedFake.gerritChange(700004, "go", "change four", Instant.now().minusSeconds(1)));

        await().atMost(LEASE).until(() -> "bgtasks.2".equals(leader()));
        long tookOverMs = (System.nanoTime() - stopped) / 1_000_000;
        assertTrue(tookOverMs < LEASE.toMillis(), "did not wait for the lease to expire: " + tookOverMs + " ms");
        System.out.printf("standby took over %d ms after the leader stopped (lease %d ms)%n", tookOverMs,
                LEASE.toMillis());
        await().atMost(START).until(() -> postedWith("change four") == 1 && postedWith("change five") == 1);
        assertEachAnnouncedOnceAndNoPollOverlaps();
    }

    @Test
    void badSettingsStopTheProcessWithOneLinePerProblemAndExitCode2() throws Exception {
        Process p = launch("bgtasks.bad", Map.of("SLACK_BOT_TOKEN", "", "BGTASKS_LEASE", "soon"));

        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        List<String> lines = Files.readAllLines(log("bgtasks.bad"));
        assertTrue(lines.contains("bgtasks: SLACK_BOT_TOKEN (or GOPHERBOT_SLACK_BOT_TOKEN) is required but not set"),
                lines.toString());
        assertTrue(lines.contains("bgtasks: BGTASKS_LEASE=soon is invalid: expected a duration such as 500ms, 30s, "
                + "10m, 2h or 3d"), lines.toString());
    }
}
