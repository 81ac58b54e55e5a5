package dev.gopherbot.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One app's view of the process's pool: every connection it hands out has the app's schema as its search path, so an
 * app's SQL names its tables plainly and cannot reach another app's by accident. The pool opens on the first
 * connection asked for; HikariCP resets the schema when a connection returns to the pool.
 */
public final class SchemaDataSource implements DataSource {
    private final Supplier<DataSource> pool;
    private final String schema;

    public SchemaDataSource(Supplier<DataSource> pool, String schema) {
        this.pool = pool;
        this.schema = schema;
    }

    public String schema() {
        return schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return inSchema(pool.get().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return inSchema(pool.get().getConnection(username, password));
    }

    private Connection inSchema(Connection c) throws SQLException {
        try {
            c.setSchema(schema);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the pool logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's connection timeout applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("logging goes through SLF4J");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
