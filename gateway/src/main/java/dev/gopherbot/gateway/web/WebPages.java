package dev.gopherbot.gateway.web;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.web.PageHandler;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pages the gateway serves, each behind sign-in: the apps' {@code Registrar.page} declarations.
 * Paths live under {@code /web/} so a page can never shadow a Slack endpoint, {@code /healthz} or {@code /metrics};
 * registering a path twice is an error, not a silent replacement.
 */
public final class WebPages {
    /** Literal segments only: no Javalin path parameters or wildcards, which would make one page answer many paths. */
    private static final Pattern PAGE_PATH = Pattern.compile("/web(/[A-Za-z0-9._~-]+)+");
    private static final Set<String> RESERVED = Set.of(WebRoutes.LOGIN_PATH, WebRoutes.LOGOUT_PATH);

    private final Map<String, PageHandler> pages = new LinkedHashMap<>();

    public static WebPages none() {
        return new WebPages();
    }

    /** Every page the apps declared, at {@code /web/<app>/<page>}. */
    public static WebPages of(List<AppDefinition> apps) {
        WebPages pages = new WebPages();
        apps.forEach(app -> app.pages().forEach(p -> pages.page(p.path(), p.handler())));
        return pages;
    }

    /**
     * Serves {@code handler} at exactly {@code path} for {@code GET}.
     *
     * @throws IllegalArgumentException when the path is not under {@code /web/}, is login or logout, or is taken
     */
    public WebPages page(String path, PageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (path == null || !PAGE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("page path " + path + " must be /web/ followed by plain segments");
        }
        if (RESERVED.contains(path)) {
            throw new IllegalArgumentException("page path " + path + " is the gateway's own sign-in route");
        }
        if (pages.putIfAbsent(path, handler) != null) {
            throw new IllegalArgumentException("page path " + path + " is registered twice");
        }
        return this;
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }

    /** Path to handler, in registration order. */
    public Map<String, PageHandler> byPath() {
        return Collections.unmodifiableMap(pages);
    }
}
