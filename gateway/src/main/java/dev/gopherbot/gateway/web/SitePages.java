package dev.gopherbot.gateway.web;

/**
 * The pages this deployment serves: one line per page, e.g. {@code .page("/web/directory", new Directory())}.
 * Empty by default; while it is, the gateway mounts no {@code /web/} route and needs no web settings.
 */
public final class SitePages {
    private SitePages() {
    }

    public static WebPages registered() {
        return WebPages.none();
    }
}
