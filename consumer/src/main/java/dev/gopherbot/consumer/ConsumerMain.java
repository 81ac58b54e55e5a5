package dev.gopherbot.consumer;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition.OperatorCommandReg;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.AppCatalog;
import dev.gopherbot.app.host.Definitions;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.process.ProcessRunner;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.apps.AppsCommand;
import dev.gopherbot.consumer.deadletters.DeadLetterCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar consumer.jar} runs the consumer for the apps in {@code APPS}; {@code java -jar consumer.jar
 * dead-letters …} is the operators' tool for the dead-letter streams (see docs/consumer.md); {@code apps} prints what
 * each enabled app needs (PostgreSQL, its slash commands) for set-up tools ({@link AppsCommand}); any other first word
 * names an operator command of an enabled app (e.g. gopherbot's {@code glossary-suggestions}).
 */
public final class ConsumerMain {
    private ConsumerMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            // before the first log line configures logging: a command's standard output is its result
            System.setProperty("LOG_TARGET", "System.err");
            System.exit(operatorCommand(args[0], Arrays.asList(args).subList(1, args.length), Env.system()));
        }
        ProcessRunner.run("consumer", env -> ConsumerApp.start(env, AppCatalog.enabled(env)));
    }

    /** Runs a command without starting the consumer; the exit code says how it went (2: bad usage or settings). */
    static int operatorCommand(String name, List<String> rest, Env env) {
        // what is printed is pasted into UTF-8 files, whatever the locale of the shell printing it
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<AppDefinition> definitions;
        try {
            definitions = defineWithoutConnecting(env);
        } catch (ConfigException e) {
            e.problems().forEach(p -> System.err.println("consumer: " + p));
            return 2;
        }
        if (name.equals("apps")) {
            return new AppsCommand(out, System.err).run(rest, definitions);
        }
        if (name.equals("dead-letters")) {
            List<StreamKind> kinds = new ArrayList<>();
            definitions.forEach(d -> kinds.addAll(d.kinds()));
            return new DeadLetterCommand(out, System.err, kinds).run(rest, env);
        }
        Optional<OperatorCommandReg> command = definitions.stream().flatMap(d -> d.operatorCommand(name).stream())
                .findFirst();
        if (command.isEmpty()) {
            List<String> names = new ArrayList<>(List.of(AppsCommand.USAGE, "dead-letters list|show|requeue …"));
            definitions.forEach(d -> d.operatorCommands().forEach(c -> names.add(c.usage())));
            System.err.println("consumer: unknown command \"" + name + "\"; usage: java -jar consumer.jar ["
                    + String.join(" | ", names) + "]");
            return 2;
        }
        return command.get().command().run(rest, env, out, System.err);
    }

    /** The enabled apps' declarations, with services that connect only if a command uses them. */
    private static List<AppDefinition> defineWithoutConnecting(Env env) {
        List<App> apps = AppCatalog.enabled(env);
        env.check();
        List<AppDefinition> definitions = Definitions.define(env, apps,
                ProcessServices.offline(env, RedisSettings.from(env).keys()));
        env.check();
        return definitions;
    }
}
