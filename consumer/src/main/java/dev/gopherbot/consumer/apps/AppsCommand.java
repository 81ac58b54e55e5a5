package dev.gopherbot.consumer.apps;

import dev.gopherbot.app.AppDefinition;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar consumer.jar apps}: what the enabled apps ({@code APPS}) need from their surroundings, one line per
 * app, for tools that set up a deployment or a local run without knowing the apps (e.g. {@code ./gopherbot dev}
 * starts PostgreSQL only when an app needs it, and tells the simulator which app owns which slash command):
 * <pre>
 * gopherbot database=no commands=/gopher
 * desk database=yes commands=/desk
 * </pre>
 * {@code commands=-} when an app has none. Nothing connects: only the apps' declarations are read.
 */
public final class AppsCommand {
    public static final String USAGE = "apps";

    private final PrintStream out;
    private final PrintStream err;

    public AppsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args, List<AppDefinition> apps) {
        if (!args.isEmpty()) {
            err.println("apps: takes no arguments; usage: java -jar consumer.jar " + USAGE);
            return 2;
        }
        for (AppDefinition app : apps) {
            List<String> commands = app.interactive().commands().stream().sorted().toList();
            out.println(app.name() + " database=" + (app.usesDatabase() ? "yes" : "no") + " commands="
                    + (commands.isEmpty() ? "-" : String.join(",", commands)));
        }
        return 0;
    }
}
