package dev.gopherbot.app.host;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.database.Database;
import dev.gopherbot.database.DatabaseSettings;
import dev.gopherbot.database.MigrationFailed;
import dev.gopherbot.database.Migrations;
import dev.gopherbot.database.SchemaDataSource;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL for the apps of one process: one pool, opened only when an app declared it needs storage, and each app
 * seeing its own schema ({@link SchemaDataSource}). {@link #prepare} runs at start, after the apps are defined.
 */
public final class Databases implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Databases.class);

    private final Optional<DatabaseSettings> settings;
    private Database database;

    private Databases(Optional<DatabaseSettings> settings) {
        this.settings = settings;
    }

    /** Reads {@code DATABASE_URL} if set; problems go to {@code env}. */
    public static Databases from(Env env) {
        return new Databases(DatabaseSettings.from(env));
    }

    /** For a process without storage (tools that only read declarations): asking for a connection fails. */
    public static Databases none() {
        return new Databases(Optional.empty());
    }

    /** {@code app}'s view; connects on first use. */
    public DataSource forApp(String app) {
        return new SchemaDataSource(this::pool, app);
    }

    /**
     * Records a problem for each app that uses storage when {@code DATABASE_URL} is unset, for the caller's
     * {@link Env#check()}.
     */
    public void check(Env env, List<AppDefinition> apps) {
        if (settings.isEmpty()) {
            apps.stream().filter(AppDefinition::usesDatabase).forEach(a -> DatabaseSettings.required(env, a.name()));
        }
    }

    /**
     * Opens the pool and brings every storage-using app's schema up to date (under Flyway's lock, so processes
     * starting together migrate once; all pending scripts of an app in one transaction).
     *
     * @throws ConfigException naming the app and script when a migration fails: the process must not start on a
     *                         schema its code does not expect, and the schema is left as it was
     */
    public void migrate(List<AppDefinition> apps) {
        for (AppDefinition app : apps) {
            if (!app.usesDatabase()) {
                continue;
            }
            try {
                int applied = Migrations.migrate(pool(), app.name());
                log.atInfo().addKeyValue("app", app.name()).addKeyValue("applied", applied)
                        .log("schema of app {} is up to date", app.name());
            } catch (MigrationFailed e) {
                throw new ConfigException(List.of(e.getMessage()));
            }
        }
    }

    private synchronized DataSource pool() {
        if (database == null) {
            database = new Database(settings.orElseThrow(() -> new IllegalStateException(
                    "DATABASE_URL is not set, and an app asked for a connection")));
        }
        return database.dataSource();
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
    }
}
