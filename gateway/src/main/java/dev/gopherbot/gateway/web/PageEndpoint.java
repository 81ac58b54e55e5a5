package dev.gopherbot.gateway.web;

import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.app.web.PageRequest;
import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.common.web.Rejection;
import dev.gopherbot.common.web.TokenCheck;
import dev.gopherbot.common.web.Viewer;
import dev.gopherbot.gateway.reply.Outcome;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * One registered page behind the session check. No valid session is 401 with a page saying how to get a link, for
 * browsers too: there is no sign-in form to redirect to, signing in starts in Slack. A session of a workspace no
 * longer allowed is 403. A cookie that fails the check is also cleared, so the browser stops sending it.
 */
final class PageEndpoint implements WebRoute.Endpoint {
    private final PageHandler handler;
    private final SessionCookie session;
    private final AllowedTeams teams;

    PageEndpoint(PageHandler handler, SessionCookie session, AllowedTeams teams) {
        this.handler = handler;
        this.session = session;
        this.teams = teams;
    }

    @Override
    public WebReply handle(Context ctx, Instant now) {
        return switch (session.read(ctx.cookie(session.name()), now)) {
            case TokenCheck.Invalid<Viewer>(Rejection rejection) -> {
                WebReply reply = WebReply.page(Outcome.UNAUTHORIZED, Notices.signInNeeded(),
                        "session " + rejection.reason());
                yield rejection == Rejection.MISSING ? reply : reply.withCookie(session.clear());
            }
            case TokenCheck.Valid<Viewer>(Viewer viewer) when !teams.allows(viewer.teamId()) -> WebReply
                    .page(Outcome.FORBIDDEN, Notices.otherWorkspace(), "session for a team not allowed")
                    .withCookie(session.clear());
            case TokenCheck.Valid<Viewer>(Viewer viewer) -> render(ctx, viewer);
        };
    }

    private WebReply render(Context ctx, Viewer viewer) {
        PageResponse page = handler.render(new PageRequest(viewer, ctx.path(), ctx.queryParamMap()));
        if (page == null) {
            throw new IllegalStateException("the page handler returned null");
        }
        return switch (page.status()) {
            case 200 -> WebReply.page(Outcome.PAGE, page.body(), page.contentType(), null);
            case 400 -> WebReply.page(Outcome.BAD_REQUEST, page.body(), page.contentType(), "page answered 400");
            case 403 -> WebReply.page(Outcome.FORBIDDEN, page.body(), page.contentType(), "page answered 403");
            default -> WebReply.page(Outcome.NOT_FOUND, page.body(), page.contentType(), "page answered 404");
        };
    }
}
