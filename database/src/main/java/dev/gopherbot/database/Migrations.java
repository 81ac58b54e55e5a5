package dev.gopherbot.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each app's schema migrations (Flyway): the SQL scripts in {@code src/main/resources/db/<app>/} ({@code V1__init.sql},
 * {@code V2__…}) go into the PostgreSQL schema named after the app, with its own history table
 * ({@code <app>.flyway_schema_history}), so apps never see each other's tables or versions.
 *
 * <ul>
 *   <li>Every process may call this at start-up: Flyway takes a PostgreSQL advisory lock per app, so when dynos start
 *       at once one migrates and the others wait (up to about {@value #LOCK_RETRIES} s) and then find nothing to do.
 *   <li>All pending scripts run in one transaction: if one fails, none of them stays applied, neither its tables nor
 *       its history rows, and the error names the script.
 *   <li>Applied scripts are immutable: a changed one (checksum mismatch), a deleted one, or a new one with a version
 *       below the newest applied (out of order) stops the migration with an error naming the script. Scripts
 *       applied by a newer release that this one does not know are allowed, so a rollback can still start.
 * </ul>
 */
public final class Migrations {
    static final int LOCK_RETRIES = 50; // Flyway retries the lock once a second
    private static final Pattern APP_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Applies the app's pending migrations from {@code classpath:db/<app>}; returns how many it applied. */
    public static int migrate(DataSource dataSource, String app) {
        return migrate(dataSource, app, "classpath:db/" + app);
    }

    /** The same with the scripts elsewhere: tests use it to play an app's successive releases. */
    static int migrate(DataSource dataSource, String app, String location) {
        if (!APP_NAME.matcher(app).matches()) {
            throw new IllegalArgumentException("app name \"" + app + "\" cannot name a schema: expected "
                    + APP_NAME.pattern());
        }
        FailedScript failed = new FailedScript();
        Flyway flyway = null;
        try {
            FluentConfiguration config = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(app)
                    .createSchemas(true)
                    .locations(location)
                    .failOnMissingLocations(true)
                    .group(true)
                    .validateOnMigrate(true)
                    // what migrate() validates with anyway; said here so validateWithResult() below agrees
                    .ignoreMigrationPatterns("*:future", "*:pending")
                    .outOfOrder(false)
                    .cleanDisabled(true)
                    .lockRetryCount(LOCK_RETRIES)
                    .callbacks(failed);
            // a session-level lock on the one connection that also migrates, instead of a transaction-level lock
            // on a second connection: then a pool of one connection can migrate too
            config.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
            flyway = config.load();
            MigrateResult result = flyway.migrate();
            log.info("app {}: schema {} at version {} ({} migration(s) applied now)", app, app,
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                    result.migrationsExecuted);
            return result.migrationsExecuted;
        } catch (FlywayValidateException e) {
            throw new MigrationFailed(app, "app " + app + ": migrations in " + location + " failed validation: "
                    + invalidScripts(flyway, e) + " (an applied script never changes; a new one takes a version above"
                    + " the newest applied)", e);
        } catch (FlywayException e) {
            MigrationInfo script = failed.migration.get();
            String where = script == null ? "" : " at " + script.getScript();
            String suffix = script == null ? "" : " (no pending migration was applied: they run in one transaction)";
            throw new MigrationFailed(app, "app " + app + ": migration" + where + " failed: " + reason(e) + suffix, e);
        }
    }

    /**
     * Names each offending script and the rule it breaks, on one line. Flyway's exception only says "version 1" over
     * several lines, so ask again for the structured result, which knows the file.
     */
    private static String invalidScripts(Flyway flyway, FlywayValidateException e) {
        List<String> out = new ArrayList<>();
        try {
            if (flyway == null) {
                return Database.firstLine(e.getMessage());
            }
            for (ValidateOutput invalid : flyway.validateWithResult().invalidMigrations) {
                String file = invalid.filepath == null || invalid.filepath.isEmpty()
                        ? "version " + invalid.version
                        : invalid.filepath.substring(invalid.filepath.lastIndexOf('/') + 1);
                out.add(file + ": " + Database.firstLine(invalid.errorDetails.errorMessage));
            }
        } catch (FlywayException again) {
            out.clear();
        }
        return out.isEmpty() ? Database.firstLine(e.getMessage()) : String.join("; ", out);
    }

    /** The database's own words when there are any (the innermost SQLException), else Flyway's first line. */
    private static String reason(Throwable e) {
        Throwable reason = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                reason = t;
            }
        }
        return Database.firstLine(reason.getMessage());
    }

    /** Remembers which script failed: Flyway's exception that says so is not in its public API. */
    private static final class FailedScript implements Callback {
        final AtomicReference<MigrationInfo> migration = new AtomicReference<>();

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            migration.set(context.getMigrationInfo());
        }

        @Override
        public String getCallbackName() {
            return "gopherbot-failed-script";
        }
    }
}
