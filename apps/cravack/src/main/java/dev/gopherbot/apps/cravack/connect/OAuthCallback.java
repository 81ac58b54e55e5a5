package dev.gopherbot.apps.cravack.connect;

import dev.gopherbot.app.ingress.Acceptance;
import dev.gopherbot.app.ingress.GetAcceptance;
import dev.gopherbot.app.ingress.WebReply;
import dev.gopherbot.app.ingress.WebRequest;
import dev.gopherbot.app.ingress.Webhook;
import dev.gopherbot.common.web.Rejection;
import dev.gopherbot.common.web.TokenCheck;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * {@code GET /hooks/cravack/oauth?state=…&code=…&scope=…}: the browser back from Strava's authorization page. The
 * gateway checks the state (signature and expiry, no I/O) and the granted scope, then enqueues the request for
 * {@link Connecting}, which exchanges the code: that takes a call to Strava and a write to PostgreSQL, which the
 * gateway does not do within a request. The browser is told to look in Slack.
 */
public final class OAuthCallback implements Webhook {
    /** The scope the app asks for; Strava reports the accepted scopes comma-separated. */
    public static final String SCOPE = "activity:read";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    private final OAuthStates states;

    public OAuthCallback(OAuthStates states) {
        this.states = states;
    }

    @Override
    public GetAcceptance acceptGet(WebRequest request) {
        if (!request.query("error").isEmpty()) {
            // the athlete pressed Cancel at Strava (error=access_denied)
            return new GetAcceptance.Answer(WebReply.html(200, ConnectPages.cancelled()), "athlete declined");
        }
        return switch (states.verify(request.query("state"), request.receivedAt())) {
            case TokenCheck.Invalid<OAuthStates.State>(Rejection r) when r == Rejection.EXPIRED ->
                    GetAcceptance.refuse(WebReply.html(400, ConnectPages.expired()), "state expired");
            case TokenCheck.Invalid<OAuthStates.State>(Rejection r) ->
                    GetAcceptance.refuse(WebReply.html(400, ConnectPages.invalid()), "state " + r.reason());
            case TokenCheck.Valid<OAuthStates.State>(OAuthStates.State state) -> accepted(request, state);
        };
    }

    private GetAcceptance accepted(WebRequest request, OAuthStates.State state) {
        if (!CODE.matcher(request.query("code")).matches()) {
            return GetAcceptance.refuse(WebReply.html(400, ConnectPages.invalid()), "no usable code");
        }
        if (!grants(request.query("scope"))) {
            return new GetAcceptance.Answer(WebReply.html(200, ConnectPages.missingScope()),
                    "scope without " + SCOPE);
        }
        // one entry per state: a reload of this page, or a replay, is not enqueued again. No event time: after an
        // outage longer than MAX_EVENT_AGE the person must still hear back (connected, or why not), not nothing
        return GetAcceptance.enqueue("connect:" + state.nonce(), 0, WebReply.html(200, ConnectPages.connecting()));
    }

    /** Whether the accepted scopes let the app read activities ({@code activity:read_all} includes it). */
    static boolean grants(String scope) {
        return Arrays.stream(scope.split(",")).map(String::strip)
                .anyMatch(s -> s.equals(SCOPE) || s.equals("activity:read_all"));
    }

    @Override
    public Acceptance accept(WebRequest request) {
        return Acceptance.reject(405, "the OAuth callback takes GET");
    }
}
