package dev.gopherbot.testkit.postgres;

/**
 * One database that {@link PostgresServer#freshDatabase()} created for one test, owned by a login role of its own that
 * is not a superuser (as on Heroku Postgres) and whose password the server really checks.
 */
public record FreshDatabase(String host, int port, String name, String user, String password) {

    /** The URL the way Heroku sets {@code DATABASE_URL}: {@code postgres://user:password@host:port/database}. */
    public String databaseUrl() {
        return "postgres://" + user + ":" + password + "@" + host + ":" + port + "/" + name;
    }

    /** A JDBC URL without credentials: pass {@link #user()} and {@link #password()} beside it. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    @Override
    public String toString() {
        return "FreshDatabase[" + host + ":" + port + "/" + name + " as " + user + "]";
    }
}
