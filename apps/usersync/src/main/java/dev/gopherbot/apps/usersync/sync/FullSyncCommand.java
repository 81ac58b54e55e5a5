package dev.gopherbot.apps.usersync.sync;

import dev.gopherbot.app.OperatorCommand;
import dev.gopherbot.apps.usersync.sync.SyncPasses.Pass;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.database.Database;
import dev.gopherbot.database.DatabaseSettings;
import dev.gopherbot.database.DatabaseUnavailable;
import dev.gopherbot.database.MigrationFailed;
import dev.gopherbot.database.Migrations;
import dev.gopherbot.database.SchemaDataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar consumer.jar usersync-full-sync [status]}: requests a full sync now, or shows the recent passes.
 * It does not list users itself: it records the request, and bgtasks (the one process that talks to
 * {@code users.list}, at Tier 2 pace, resumable) starts it at its next page step, within
 * {@code USERSYNC_PAGE_INTERVAL}. A request while a pass runs is served by that pass. Needs only
 * {@code DATABASE_URL}. Exit status: 0 done, 1 PostgreSQL failed, 2 bad usage or settings.
 */
public final class FullSyncCommand implements OperatorCommand {
    public static final String NAME = "usersync-full-sync";
    public static final String USAGE = "usage: java -jar consumer.jar " + NAME + " [status]";
    private static final String APP = "usersync";

    private final Clock clock;

    public FullSyncCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, Env env, PrintStream out, PrintStream err) {
        boolean status = args.equals(List.of("status"));
        if (!args.isEmpty() && !status) {
            err.println(USAGE);
            return 2;
        }
        DatabaseSettings settings = DatabaseSettings.required(env, APP);
        try {
            env.check();
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println(NAME + ": " + p));
            return 2;
        }
        try (Database database = new Database(settings)) {
            // the schema may not exist yet if no process of this release has started: the same migrations, once
            Migrations.migrate(database.dataSource(), APP);
            SyncPasses passes = new SyncPasses(new SchemaDataSource(database::dataSource, APP));
            return status ? status(passes, out) : request(passes, out);
        } catch (DatabaseUnavailable | MigrationFailed e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println(NAME + ": PostgreSQL failed: " + e.getMessage());
            return 1;
        }
    }

    private int request(SyncPasses passes, PrintStream out) throws SQLException {
        if (passes.request("operator " + clock.instant())) {
            Pass pass = passes.open().orElseThrow();
            out.println("Full sync requested (pass " + pass.id() + "): bgtasks starts it at its next page step.");
            return 0;
        }
        Optional<Pass> open = passes.open();
        if (open.isPresent()) {
            out.println("A full sync is already under way: " + describe(open.get()) + ". It serves this request.");
            return 0;
        }
        // the open pass finished between the two statements, or this very instant was already requested
        out.println("A full sync just finished or was just requested: see `" + NAME + " status`.");
        return 0;
    }

    private static int status(SyncPasses passes, PrintStream out) throws SQLException {
        List<Pass> recent = passes.recent(5);
        if (recent.isEmpty()) {
            out.println("No full sync yet: bgtasks requests the initial one when it first runs.");
        }
        recent.forEach(p -> out.println(describe(p)));
        return 0;
    }

    static String describe(Pass p) {
        StringBuilder line = new StringBuilder("pass ").append(p.id()).append(" (").append(p.reason()).append(")");
        if (p.completedAt() != null) {
            line.append(": completed ").append(p.completedAt()).append(", ").append(p.usersSeen())
                    .append(" users listed, ").append(p.usersChanged()).append(" changed, ")
                    .append(p.markedDeleted()).append(" deactivated as missing");
        } else if (p.started()) {
            line.append(": running since ").append(p.startedAt()).append(", ").append(p.pages())
                    .append(" page(s), ").append(p.usersSeen()).append(" users so far");
        } else {
            line.append(": requested ").append(p.requestedAt()).append(", not started yet");
        }
        return line.toString();
    }
}
