package dev.gopherbot.common.process;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared {@code main} of every process: read the environment, start, and on SIGTERM close within Heroku's budget
 * (SIGKILL follows 30 s after SIGTERM; we aim for 25 s). A configuration problem prints one line per setting to
 * stderr and exits 2 without starting anything.
 */
public final class ProcessRunner {
    public static final Duration SHUTDOWN_BUDGET = Duration.ofSeconds(25);
    private static final Set<String> LOG_FORMATS = Set.of("json", "text");
    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error");

    /** Starts a process from its settings; the returned handle stops it. */
    @FunctionalInterface
    public interface Starter {
        AutoCloseable start(Env env) throws Exception;
    }

    private ProcessRunner() {
    }

    public static void run(String process, Starter starter) {
        Env env = Env.system();
        checkLogSettings(env);
        AutoCloseable running;
        try {
            env.check();
            running = starter.start(env);
        } catch (ConfigException e) {
            for (String problem : e.problems()) {
                System.err.println(process + ": " + problem);
            }
            System.exit(2);
            return;
        } catch (Exception e) {
            LoggerFactory.getLogger(ProcessRunner.class).error("{} failed to start", process, e);
            System.exit(1);
            return;
        }
        Logger log = LoggerFactory.getLogger(ProcessRunner.class);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("{} stopping", process);
            Thread closer = Thread.ofPlatform().daemon().start(() -> {
                try {
                    running.close();
                } catch (Exception e) {
                    log.warn("{} did not stop cleanly: {}", process, e.toString());
                }
                stopped.countDown();
            });
            try {
                if (!stopped.await(SHUTDOWN_BUDGET.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("{} shutdown exceeded {}s; exiting anyway", process, SHUTDOWN_BUDGET.toSeconds());
                }
            } catch (InterruptedException e) {
                closer.interrupt();
            }
            log.info("{} stopped", process);
            System.out.flush();
            // the JVM would report SIGTERM as exit 143; a clean stop is a success for Heroku and for operators
            Runtime.getRuntime().halt(0);
        }, process + "-shutdown"));
    }

    private static void checkLogSettings(Env env) {
        String format = env.string("LOG_FORMAT", "json").toLowerCase(Locale.ROOT);
        if (!LOG_FORMATS.contains(format)) {
            env.problem("LOG_FORMAT=" + format + " is invalid: expected json or text");
        }
        String level = env.string("LOG_LEVEL", "info").toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            env.problem("LOG_LEVEL=" + level + " is invalid: expected trace, debug, info, warn or error");
        }
    }
}
