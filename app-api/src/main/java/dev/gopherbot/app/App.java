package dev.gopherbot.app;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A Slack app on the platform: one module under {@code apps/}, found through {@link java.util.ServiceLoader} (a line
 * in its {@code META-INF/services/dev.gopherbot.app.App}) and run when {@code APPS} names it. Every process calls
 * {@link #define} once at start: the gateway reads the declarations it routes by, the consumer runs the handlers,
 * bgtasks runs the jobs.
 */
public interface App {
    /** What an app may be called: it appears in {@code APPS}, Redis keys, URLs and setting names. */
    Pattern NAME = Pattern.compile("[a-z][a-z0-9]{1,30}");

    /** Lower case, letters and digits, e.g. {@code gopherbot}. */
    String name();

    /**
     * Declares everything the app does through {@code app}. Runs in every process, so keep it to declarations and
     * cheap set-up: services such as Slack and Redis connect on first use, not here.
     */
    void define(AppContext app);

    /** An app from a lambda: tests, and apps small enough not to need a class. */
    static App of(String name, Consumer<AppContext> definition) {
        return new App() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void define(AppContext app) {
                definition.accept(app);
            }
        };
    }
}
