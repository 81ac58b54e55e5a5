package dev.gopherbot.apps.cravack.connect;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.app.handler.SlashHandler;
import dev.gopherbot.apps.cravack.strava.StravaClient;
import dev.gopherbot.apps.cravack.strava.StravaException;
import dev.gopherbot.apps.cravack.tokens.Athletes;
import dev.gopherbot.apps.cravack.tokens.TokenCipher;
import dev.gopherbot.common.config.Secret;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /cravack disconnect}: revokes the app's access at Strava, then deletes the athlete's tokens. Tokens Strava
 * no longer accepts (revoked there already) are deleted all the same; Strava being down is retried, so the tokens are
 * not deleted while the access still stands.
 */
public final class Disconnect implements SlashHandler {
    private static final Logger log = LoggerFactory.getLogger(Disconnect.class);

    private final Athletes athletes;
    private final StravaClient strava;
    private final String channel;
    private final Clock clock;

    public Disconnect(Athletes athletes, StravaClient strava, String channel, Clock clock) {
        this.athletes = athletes;
        this.strava = strava;
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    public Outcome handle(SlashContext ctx) throws SQLException {
        Optional<Athletes.Athlete> athlete = athletes.bySlackUser(ctx.userId());
        if (athlete.isEmpty()) {
            ctx.respond("You have no Strava account connected. Type `/cravack connect` to connect one.");
            return Outcome.done();
        }
        long id = athlete.get().athleteId();
        String note = "";
        try {
            Optional<Secret> token = athletes.accessToken(id, strava::refresh);
            if (token.isPresent()) {
                strava.deauthorize(token.get());
            }
        } catch (StravaException e) {
            switch (e.kind()) {
                case RATE_LIMITED -> {
                    return Outcome.retry(e.getMessage(), Duration.between(clock.instant(), e.retryAt()));
                }
                case UNAVAILABLE -> {
                    return Outcome.retry(e.getMessage());
                }
                case UNAUTHORIZED, REFUSED -> log.atInfo().addKeyValue("athlete", id)
                        .log("tokens already revoked at Strava: {}", e.getMessage());
            }
        } catch (TokenCipher.Unreadable e) {
            log.atWarn().addKeyValue("athlete", id).log("cannot revoke at Strava: {}", e.getMessage());
            note = " Cravack could not revoke its access at Strava itself: remove it under My Apps in your Strava"
                    + " settings.";
        }
        athletes.delete(id);
        log.atInfo().addKeyValue("slack_user", ctx.userId()).addKeyValue("athlete", id)
                .log("strava athlete disconnected");
        ctx.respond("Disconnected: Cravack's access to your Strava account is revoked and your tokens are deleted."
                + note + " Posts already in <#" + channel + "> stay.");
        return Outcome.done();
    }
}
