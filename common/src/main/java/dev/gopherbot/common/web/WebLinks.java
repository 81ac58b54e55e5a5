package dev.gopherbot.common.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sign-in links to the gateway's web pages. A bot handler mints one for the Slack user it is talking to and sends it
 * in a DM ("Open the directory"); the gateway's {@code GET /web/login} verifies it and starts a session. The link is
 * not single-use (that would need shared state); it is short-lived instead and only ever travels in Slack.
 */
public final class WebLinks {
    public static final String LOGIN_PATH = "/web/login";
    public static final String TOKEN_PARAM = "t";
    static final String PURPOSE = "link";

    private final WebSettings settings;
    private final TokenSigner signer;
    private final Clock clock;

    public WebLinks(WebSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public WebLinks(WebSettings settings, Clock clock) {
        this.settings = settings;
        this.signer = new TokenSigner(settings.sessionKey());
        this.clock = clock;
    }

    /** {@code <PUBLIC_URL>/web/login?t=<token>}, valid for {@code WEB_LINK_TTL}. */
    public String mint(String userId, String teamId, String path) {
        return mint(userId, teamId, path, settings.linkTtl());
    }

    /**
     * {@code <PUBLIC_URL>/web/login?t=<token>}: signs {@code userId} of {@code teamId} in, then opens {@code path}.
     *
     * @throws IllegalArgumentException when an id is not a Slack id, {@code path} is not a {@link LocalPath}, or
     *                                  {@code ttl} is not between 1 s and {@link WebSettings#MAX_LINK_TTL}
     */
    public String mint(String userId, String teamId, String path, Duration ttl) {
        Viewer viewer = new Viewer(userId, teamId);
        LocalPath.require(path);
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(WebSettings.MAX_LINK_TTL) > 0) {
            throw new IllegalArgumentException("ttl must be between 1s and " + WebSettings.MAX_LINK_TTL);
        }
        String token = signer.sign(PURPOSE, clock.instant().plus(ttl),
                List.of(viewer.userId(), viewer.teamId(), path));
        // the token is base64url and '.', so it needs no escaping in a query string
        return settings.publicUrl() + LOGIN_PATH + "?" + TOKEN_PARAM + "=" + token;
    }

    /** Who the link signs in and where it leads, or why it is refused (missing, malformed, bad signature, expired). */
    public TokenCheck<SignIn> verify(String token, Instant now) {
        return switch (signer.verify(PURPOSE, token, now, 3)) {
            case TokenCheck.Invalid<List<String>>(Rejection rejection) -> TokenCheck.invalid(rejection);
            case TokenCheck.Valid<List<String>>(List<String> f) when Viewer.isValid(f.get(0), f.get(1)) ->
                    new TokenCheck.Valid<>(new SignIn(new Viewer(f.get(0), f.get(1)), f.get(2)));
            case TokenCheck.Valid<List<String>> v -> TokenCheck.invalid(Rejection.MALFORMED);
        };
    }
}
