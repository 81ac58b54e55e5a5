package dev.gopherbot.gateway.web;

import dev.gopherbot.common.web.Rejection;
import dev.gopherbot.common.web.TokenCheck;
import dev.gopherbot.common.web.TokenSigner;
import dev.gopherbot.common.web.Viewer;
import dev.gopherbot.common.web.WebSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in session: a cookie holding user id, team id and expiry, signed with {@code WEB_SESSION_KEY}. Nothing
 * is stored server-side, so any gateway dyno can check it. Written as a raw {@code Set-Cookie} value so every
 * attribute is visible here and pinned by a test.
 */
final class SessionCookie {
    /** {@code __Host-}: browsers accept it only with Secure, Path=/ and no Domain, so no subdomain can plant one. */
    static final String SECURE_NAME = "__Host-gopherbot_session";
    /** The prefix needs Secure, which a browser will not send back over http://localhost. */
    static final String LOCAL_NAME = "gopherbot_session";
    private static final String PURPOSE = "session";

    private final TokenSigner signer;
    private final Duration ttl;
    private final boolean secure;

    SessionCookie(WebSettings settings) {
        this.signer = new TokenSigner(settings.sessionKey());
        this.ttl = settings.sessionTtl();
        this.secure = settings.secureCookies();
    }

    String name() {
        return secure ? SECURE_NAME : LOCAL_NAME;
    }

    /** The {@code Set-Cookie} value that signs {@code viewer} in until {@code now + WEB_SESSION_TTL}. */
    String issue(Viewer viewer, Instant now) {
        String token = signer.sign(PURPOSE, now.plus(ttl), List.of(viewer.userId(), viewer.teamId()));
        return header(token, ttl.toSeconds());
    }

    /** The {@code Set-Cookie} value that makes the browser drop the session. */
    String clear() {
        return header("", 0);
    }

    TokenCheck<Viewer> read(String cookieValue, Instant now) {
        return switch (signer.verify(PURPOSE, cookieValue, now, 2)) {
            case TokenCheck.Valid<List<String>>(List<String> f) when Viewer.isValid(f.get(0), f.get(1)) ->
                    new TokenCheck.Valid<>(new Viewer(f.get(0), f.get(1)));
            case TokenCheck.Valid<List<String>> v -> TokenCheck.invalid(Rejection.MALFORMED);
            case TokenCheck.Invalid<List<String>>(var rejection) -> TokenCheck.invalid(rejection);
        };
    }

    // HttpOnly: page scripts never need it; SameSite=Lax: sent when following the link from Slack, not on
    // cross-site POSTs
    private String header(String value, long maxAgeSeconds) {
        return name() + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly"
                + (secure ? "; Secure" : "") + "; SameSite=Lax";
    }
}
