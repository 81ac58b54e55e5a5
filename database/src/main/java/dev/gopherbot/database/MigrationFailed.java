package dev.gopherbot.database;

/**
 * An app's schema migrations did not run. The message is one line naming the app, the failing script (or the
 * validation rule it broke) and the database's reason; it never holds a URL or a password.
 */
public final class MigrationFailed extends RuntimeException {
    private final String app;

    public MigrationFailed(String app, String message, Throwable cause) {
        super(message, cause);
        this.app = app;
    }

    public String app() {
        return app;
    }
}
