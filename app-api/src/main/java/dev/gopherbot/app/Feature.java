package dev.gopherbot.app;

/**
 * One thing an app does, as one class listed once in the app's {@code define}: it registers everything that serves
 * it — a mention command and its slash subcommand, the buttons and modals of a flow, a job — through the
 * {@link Registrar}, which names the class as their origin in errors.
 */
@FunctionalInterface
public interface Feature {
    void register(Registrar registrar);
}
