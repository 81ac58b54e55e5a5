package dev.gopherbot.gateway.web;

import dev.gopherbot.common.web.LocalPath;
import dev.gopherbot.common.web.Rejection;
import dev.gopherbot.common.web.SignIn;
import dev.gopherbot.common.web.TokenCheck;
import dev.gopherbot.common.web.WebLinks;
import dev.gopherbot.gateway.reply.Outcome;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * {@code GET /web/login?t=<token>}: exchanges a sign-in link from the bot for a session cookie, then 303 to the page
 * the link names. A bad or expired link is 401, a viewer of another workspace 403, and a target outside the site
 * 400: the link is signed, so such a target means a minting bug or a leaked key, and it is never followed.
 */
final class LoginEndpoint implements WebRoute.Endpoint {
    private final WebLinks links;
    private final SessionCookie session;
    private final AllowedTeams teams;

    LoginEndpoint(WebLinks links, SessionCookie session, AllowedTeams teams) {
        this.links = links;
        this.session = session;
        this.teams = teams;
    }

    @Override
    public WebReply handle(Context ctx, Instant now) {
        return switch (links.verify(ctx.queryParam(WebLinks.TOKEN_PARAM), now)) {
            case TokenCheck.Invalid<SignIn>(Rejection rejection) -> WebReply.page(Outcome.UNAUTHORIZED,
                    rejection == Rejection.EXPIRED ? Notices.linkExpired() : Notices.linkInvalid(),
                    "link " + rejection.reason());
            case TokenCheck.Valid<SignIn>(SignIn signIn) -> signIn(signIn, now);
        };
    }

    private WebReply signIn(SignIn signIn, Instant now) {
        if (!teams.allows(signIn.viewer().teamId())) {
            return WebReply.page(Outcome.FORBIDDEN, Notices.otherWorkspace(), "link for a team not allowed");
        }
        if (!LocalPath.isValid(signIn.path())) {
            return WebReply.page(Outcome.BAD_REQUEST, Notices.badTarget(), "link target is not a local path");
        }
        return WebReply.redirect(signIn.path(), session.issue(signIn.viewer(), now));
    }
}
