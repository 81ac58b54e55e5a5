package dev.gopherbot.gateway.web;

import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.common.web.WebLinks;
import dev.gopherbot.common.web.WebSettings;
import dev.gopherbot.gateway.ingress.MethodNotAllowed;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.reply.Outcome;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Mounts sign-in, sign-out and every registered page; see docs/web.md. */
public final class WebRoutes {
    public static final String LOGIN_PATH = WebLinks.LOGIN_PATH;
    public static final String LOGOUT_PATH = "/web/logout";

    private WebRoutes() {
    }

    /**
     * @param allowedTeams the workspaces whose members may sign in; empty = any
     */
    public static void mount(RoutesConfig routes, WebPages pages, WebSettings settings, Set<String> allowedTeams,
                             Clock clock, GatewayMetrics metrics) {
        SessionCookie session = new SessionCookie(settings);
        AllowedTeams teams = new AllowedTeams(allowedTeams);

        routes.get(LOGIN_PATH, new WebRoute(LOGIN_PATH,
                new LoginEndpoint(new WebLinks(settings, clock), session, teams), clock, metrics));
        // POST only: a link or an image elsewhere cannot sign anyone out
        routes.post(LOGOUT_PATH, new WebRoute(LOGOUT_PATH,
                (ctx, now) -> WebReply.page(Outcome.SIGNED_OUT, Notices.signedOut(), null)
                        .withCookie(session.clear()), clock, metrics));
        MethodNotAllowed.register(routes, LOGIN_PATH, HandlerType.GET, metrics);
        MethodNotAllowed.register(routes, LOGOUT_PATH, HandlerType.POST, metrics);
        for (Map.Entry<String, PageHandler> page : pages.byPath().entrySet()) {
            routes.get(page.getKey(), new WebRoute(page.getKey(),
                    new PageEndpoint(page.getValue(), session, teams), clock, metrics));
            MethodNotAllowed.register(routes, page.getKey(), HandlerType.GET, metrics);
        }
    }
}
