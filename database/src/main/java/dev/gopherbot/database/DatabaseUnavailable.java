package dev.gopherbot.database;

/**
 * PostgreSQL could not be reached or refused this process at start-up. The message names where (host:port/database)
 * and the server's or driver's reason in one line; never the password.
 */
public final class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
