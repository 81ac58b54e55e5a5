package dev.gopherbot.testkit.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * A Redis server for tests. In order of preference: a Testcontainers container when a Docker engine answers, else
 * {@code redis-server} from PATH on a free port with its own temp dir. Force one with
 * {@code -Dgopherbot.test.redis=container|process}.
 *
 * <p>An external server is used only when asked for by name ({@code -Dgopherbot.test.redis=url} and
 * {@code GOPHERBOT_TEST_REDIS_URL}), never because {@code REDIS_URL} happens to be set: that variable may name a
 * deployment's Redis. A server the tests did not start is never flushed: each {@link #external} attachment gets a key
 * prefix of its own ({@link #keyPrefix()}), and {@link #flushAll()} and {@link #close()} delete only keys under it.
 * Only the process mode can {@link #stop()} and {@link #start()} again on the same port, which outage tests need.
 *
 * <p>{@code FLUSHALL} goes only to the server instance this object started: its {@code run_id} (Redis makes a new one
 * at every start) is read when the server becomes ready and checked again on the flush's own connection, so a server
 * that took the port after a {@link #stop()}, or one already there when the port was probed, is refused, not flushed.
 */
public final class RedisServer implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    private final boolean persistent;
    private Process process;
    private Path dir;
    private int port;
    private GenericContainer<?> container;
    private URI external;
    private String keyPrefix = "";
    /** The {@code run_id} of the server instance this object started and is allowed to flush; null for external. */
    private String runId;

    private RedisServer(boolean persistent) {
        this.persistent = persistent;
    }

    /** A throw-away server that keeps nothing on disk. */
    public static RedisServer startEphemeral() {
        return launch(new RedisServer(false));
    }

    /** A server with an append-only file fsynced on every write, so a stop and start loses nothing. */
    public static RedisServer startPersistent() {
        return launch(new RedisServer(true));
    }

    private static RedisServer launch(RedisServer server) {
        String mode = System.getProperty("gopherbot.test.redis", "auto");
        List<String> tried = new ArrayList<>();
        if ((mode.equals("auto") || mode.equals("container")) && dockerAnswers()) {
            server.startContainer();
            return server;
        }
        tried.add("Docker (no engine answered)");
        if ((mode.equals("auto") || mode.equals("process")) && onPath("redis-server")) {
            server.startProcess();
            return server;
        }
        tried.add("redis-server (not on PATH)");
        if (mode.equals("url")) {
            String url = System.getenv("GOPHERBOT_TEST_REDIS_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("-Dgopherbot.test.redis=url needs GOPHERBOT_TEST_REDIS_URL");
            }
            return external(url);
        }
        throw new IllegalStateException("No Redis for tests: install redis-server (apt-get install redis-server) "
                + "or start Docker; tried " + String.join(", ", tried));
    }

    /**
     * A server the tests did not start, shared with whatever else uses it: nothing is flushed; the tests' keys go
     * under a prefix unique to this attachment, which {@link #flushAll()} and {@link #close()} clear.
     */
    public static RedisServer external(String url) {
        URI uri = URI.create(url);
        if (!pings(uri)) {
            throw new IllegalStateException("the external Redis for tests does not answer PING at "
                    + uri.getHost() + ":" + uri.getPort());
        }
        RedisServer server = new RedisServer(false);
        server.external = uri;
        server.keyPrefix = "gopherbot-test-" + Long.toHexString(ThreadLocalRandom.current()
                .nextLong() & Long.MAX_VALUE) + ":";
        return server;
    }

    /**
     * What every key a test writes must start with: empty on a server of the tests' own, a unique prefix on an
     * external one. Fixtures put it before their {@code REDIS_KEY_PREFIX}.
     */
    public String keyPrefix() {
        return keyPrefix;
    }

    public String url() {
        if (external != null) {
            return external.toString();
        }
        if (container != null) {
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server again (after {@link #stop()}) on the same port and data dir. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of("redis-server", "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--dir", dir.toString(), "--save", "", "--daemonize", "no",
                "--protected-mode", "no", "--logfile", dir.resolve("redis.log").toString()));
        if (persistent) {
            cmd.addAll(List.of("--appendonly", "yes", "--appendfsync", "always"));
        } else {
            cmd.addAll(List.of("--appendonly", "no"));
        }
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.stdout").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        // ready when our own process answers: another server already on the port would answer PING too
        while ((runId = runIdIfServedBy(process.pid())) == null) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("redis-server did not start on port " + port + ": "
                        + tail(dir.resolve("redis.log")));
            }
            try {
                Thread.sleep(10); // polling a child process's readiness, not synchronising a test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Why the tests cannot stop this server and start it again on the same address, or empty when they can (a
     * redis-server process of their own).
     */
    public Optional<String> restartUnsupported() {
        if (external != null) {
            return Optional.of("the Redis at GOPHERBOT_TEST_REDIS_URL is not the tests' to stop");
        }
        if (container != null) {
            return Optional.of("a Testcontainers Redis comes back on another port after a restart; outage tests "
                    + "need redis-server on PATH (-Dgopherbot.test.redis=process)");
        }
        return Optional.empty();
    }

    /** Skips the calling test, saying why, unless this server can be stopped and started again (outage tests). */
    public void assumeRestartable() {
        Assumptions.assumeTrue(restartUnsupported().isEmpty(),
                () -> "skipped: " + restartUnsupported().orElse(""));
    }

    /** Stops the server the way an operator's restart does (SIGTERM: it flushes its append-only file first). */
    public synchronized void stop() {
        if (process == null) {
            throw new UnsupportedOperationException(restartUnsupported().orElse("not started"));
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Deletes every key the tests wrote, so cases never see each other's data: {@code FLUSHALL} on a server of the
     * tests' own, only the keys under {@link #keyPrefix()} on an external one.
     */
    public void flushAll() {
        if (external == null) {
            flushOwnServer();
        } else {
            deleteOwnKeys();
        }
    }

    private void flushOwnServer() {
        URI u = URI.create(url());
        try (RedisWire wire = RedisWire.open(u, 2000, 5000)) {
            String answering = wire.serverInfo().get("run_id");
            if (runId == null || !runId.equals(answering)) {
                throw new IllegalStateException("refusing to FLUSHALL " + u.getHost() + ":" + u.getPort()
                        + ": the Redis answering there is not the one these tests started");
            }
            String reply = wire.send("FLUSHALL");
            if (!"+OK".equals(reply)) {
                throw new IllegalStateException("FLUSHALL answered " + reply);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Redis at " + u.getHost() + ":" + u.getPort() + " did not answer", e);
        }
    }

    /** The answering server's run_id when its process is {@code pid}, else null (nothing answers, or another). */
    private String runIdIfServedBy(long pid) {
        try (RedisWire wire = RedisWire.open(URI.create(url()), 500, 1000)) {
            var info = wire.serverInfo();
            return String.valueOf(pid).equals(info.get("process_id")) ? info.get("run_id") : null;
        } catch (IOException e) {
            return null;
        }
    }

    // SCAN in batches rather than KEYS: an external server may be shared and must not be blocked
    private void deleteOwnKeys() {
        RedisClient client = RedisClient.create(external.toString());
        try (var connection = client.connect()) {
            var commands = connection.sync();
            ScanArgs match = ScanArgs.Builder.matches(
                    keyPrefix + "*").limit(500);
            KeyScanCursor<String> cursor = commands.scan(match);
            while (true) {
                if (!cursor.getKeys().isEmpty()) {
                    commands.unlink(cursor.getKeys().toArray(String[]::new));
                }
                if (cursor.isFinished()) {
                    break;
                }
                cursor = commands.scan(cursor, match);
            }
        } finally {
            client.shutdown();
        }
    }

    /** Sends one inline command and returns the first reply line (e.g. {@code +OK}, {@code :3}). */
    public String command(String inline) {
        URI u = URI.create(url());
        try (RedisWire wire = RedisWire.open(u, 2000, 5000)) {
            return wire.send(inline);
        } catch (IOException e) {
            throw new IllegalStateException("Redis at " + u.getHost() + ":" + u.getPort() + " did not answer", e);
        }
    }

    @Override
    public synchronized void close() {
        if (external != null) {
            deleteOwnKeys();
        }
        if (container != null) {
            container.stop();
        }
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteDir();
        }
    }

    private void startContainer() {
        container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
        if (persistent) {
            container.withCommand("redis-server", "--appendonly", "yes", "--appendfsync", "always");
        }
        container.start();
        try (RedisWire wire = RedisWire.open(URI.create(url()), 2000, 5000)) {
            runId = wire.serverInfo().get("run_id");
        } catch (IOException e) {
            throw new IllegalStateException("the Redis container does not answer", e);
        }
    }

    private void startProcess() {
        try {
            dir = Files.createTempDirectory("gopherbot-redis-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // a free port can be taken between probing and binding: try a few
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            try {
                start();
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean pings(URI u) {
        try (RedisWire wire = RedisWire.open(u, 500, 1000)) {
            return "+PONG".equals(wire.send("PING"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean dockerAnswers() {
        boolean socket = new File("/var/run/docker.sock").exists() || System.getenv("DOCKER_HOST") != null;
        try {
            return socket && DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, program)));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void deleteDir() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
