package dev.gopherbot.apps.usersync;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.database.Database;
import dev.gopherbot.database.DatabaseSettings;
import dev.gopherbot.database.Migrations;
import dev.gopherbot.database.SchemaDataSource;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import java.util.Map;
import javax.sql.DataSource;

/** The app's schema on a test database, migrated and seen through the platform's pool, as a process sees it. */
public final class AppDatabase implements AutoCloseable {
    private final Database database;
    private final DataSource schema;

    public AppDatabase(FreshDatabase db) {
        Env env = new Env(Map.of("DATABASE_URL", db.databaseUrl(), "DATABASE_POOL_SIZE", "20"));
        DatabaseSettings settings = DatabaseSettings.required(env, UsersyncApp.NAME);
        env.check();
        this.database = new Database(settings);
        Migrations.migrate(database.dataSource(), UsersyncApp.NAME);
        this.schema = new SchemaDataSource(database::dataSource, UsersyncApp.NAME);
    }

    public DataSource dataSource() {
        return schema;
    }

    @Override
    public void close() {
        database.close();
    }
}
