package dev.gopherbot.app;

import dev.gopherbot.common.config.Env;
import java.io.PrintStream;
import java.util.List;

/**
 * A command an operator runs against a deployment, e.g. {@code heroku run java -jar dist/target/consumer.jar
 * glossary-suggestions}: it prints to {@code out}, explains problems on {@code err}, and returns the exit code.
 */
@FunctionalInterface
public interface OperatorCommand {
    int run(List<String> args, Env env, PrintStream out, PrintStream err);
}
