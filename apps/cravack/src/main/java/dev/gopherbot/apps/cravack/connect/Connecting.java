package dev.gopherbot.apps.cravack.connect;

import dev.gopherbot.app.handler.FormBody;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.WebhookContext;
import dev.gopherbot.app.handler.WebhookHandler;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.app.slack.Responder;
import dev.gopherbot.apps.cravack.strava.StravaClient;
import dev.gopherbot.apps.cravack.strava.StravaException;
import dev.gopherbot.apps.cravack.strava.TokenGrant;
import dev.gopherbot.apps.cravack.tokens.Athletes;
import dev.gopherbot.common.web.TokenCheck;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes a connection from the queued OAuth callback: exchanges the code for the athlete's tokens, stores them and
 * tells the Slack user by DM. A state is used once: the code is exchanged only while its state is pending; a repeat
 * after success repeats the confirmation, anything else gets a DM saying to ask for a new link. A failure worth a
 * retry (Strava down) leaves the state pending, so the retry can still exchange the code.
 */
public final class Connecting implements WebhookHandler {
    private static final Logger log = LoggerFactory.getLogger(Connecting.class);

    private final OAuthStates states;
    private final StravaClient strava;
    private final Athletes athletes;
    private final Supplier<Responder> slack;
    private final String channel;
    private final Clock clock;

    public Connecting(OAuthStates states, StravaClient strava, Athletes athletes, Supplier<Responder> slack,
                      String channel, Clock clock) {
        this.states = states;
        this.strava = strava;
        this.athletes = athletes;
        this.slack = slack;
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    public Outcome handle(WebhookContext ctx) throws SQLException {
        Map<String, String> query;
        try {
            query = FormBody.parse(ctx.body());
        } catch (FormBody.Malformed e) {
            return Outcome.discard("callback query unreadable: " + e.getMessage());
        }
        if (!(states.accepted(query.getOrDefault("state", ""))
                instanceof TokenCheck.Valid<OAuthStates.State>(OAuthStates.State state))) {
            return Outcome.discard("state not valid in the queue: not written by this gateway");
        }
        return switch (states.status(state)) {
            case UNKNOWN -> {
                dm(state, "That Strava link has expired or was already used. Type `/cravack connect` for a new one.");
                yield Outcome.done();
            }
            case CONNECTED -> {
                confirm(state);
                yield Outcome.done();
            }
            case PENDING -> exchange(state, query.getOrDefault("code", ""), query.getOrDefault("scope", ""));
        };
    }

    private Outcome exchange(OAuthStates.State state, String code, String scope) throws SQLException {
        TokenGrant grant;
        try {
            grant = strava.exchange(code);
        } catch (StravaException e) {
            return switch (e.kind()) {
                case RATE_LIMITED -> Outcome.retry(e.getMessage(), Duration.between(clock.instant(), e.retryAt()));
                case UNAVAILABLE -> Outcome.retry(e.getMessage());
                case REFUSED, UNAUTHORIZED -> {
                    states.forget(state);
                    dm(state, "Strava did not accept this connection (the link may have been used already)."
                            + " Type `/cravack connect` to try again.");
                    yield Outcome.discard(e.getMessage());
                }
            };
        }
        if (grant.athleteId() <= 0) {
            return Outcome.retry("Strava's token answer named no athlete");
        }
        athletes.connect(state.slackUserId(), grant, scope);
        states.markConnected(state);
        log.atInfo().addKeyValue("slack_user", state.slackUserId()).addKeyValue("athlete", grant.athleteId())
                .log("strava athlete connected");
        confirm(state);
        return Outcome.done();
    }

    private void confirm(OAuthStates.State state) throws SQLException {
        String who = athletes.bySlackUser(state.slackUserId()).map(a -> " as *" + a.name() + "*").orElse("");
        dm(state, ":white_check_mark: Your Strava account is connected" + who + ". Your new activities will be"
                + " posted in <#" + channel + ">. Type `/cravack disconnect` to stop.");
    }

    private void dm(OAuthStates.State state, String text) {
        slack.get().dm(state.slackUserId(), Post.text(text));
    }
}
