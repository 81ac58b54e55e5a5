package dev.gopherbot.app.web;

/**
 * Renders one web page for a signed-in viewer. Framework-free on purpose: an app's pages depend on these few types,
 * never on Javalin. The gateway calls it only after the session and workspace checks passed; a thrown exception is
 * answered 500 and logged with its stack trace.
 */
@FunctionalInterface
public interface PageHandler {
    PageResponse render(PageRequest request);
}
