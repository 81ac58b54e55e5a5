package dev.gopherbot.apps.cravack;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.slack.Responder;
import dev.gopherbot.apps.cravack.activities.ActivityFeed;
import dev.gopherbot.apps.cravack.config.CravackSettings;
import dev.gopherbot.apps.cravack.connect.ConnectCommands;
import dev.gopherbot.apps.cravack.connect.ConnectLinks;
import dev.gopherbot.apps.cravack.connect.Connecting;
import dev.gopherbot.apps.cravack.connect.Disconnect;
import dev.gopherbot.apps.cravack.connect.OAuthCallback;
import dev.gopherbot.apps.cravack.connect.OAuthStates;
import dev.gopherbot.apps.cravack.strava.StravaClient;
import dev.gopherbot.apps.cravack.strava.StravaRateLimit;
import dev.gopherbot.apps.cravack.subscription.SubscriptionCommand;
import dev.gopherbot.apps.cravack.tokens.Athletes;
import dev.gopherbot.apps.cravack.tokens.TokenCipher;
import dev.gopherbot.common.web.TokenSigner;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Cravack: members connect their Strava account (Strava's OAuth, tokens encrypted in PostgreSQL), and Strava's webhook
 * events post their activities to one channel, edit the post when the activity changes and remove it when the
 * activity goes. See docs/apps/cravack.md.
 */
public final class CravackApp implements App {
    public static final String NAME = CravackSettings.APP;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(AppContext app) {
        CravackSettings settings = CravackSettings.from(app.env());
        DataSource db = app.database();
        TokenCipher cipher = new TokenCipher(settings.tokenKey());
        Athletes athletes = new Athletes(db, cipher, app.clock());
        StravaClient strava = new StravaClient(app.http(), settings, new StravaRateLimit(), app.clock());
        OAuthStates states = new OAuthStates(new TokenSigner(TokenCipher.stateSigningKey(settings.tokenKey())),
                app.redis(), app.keys(), app.clock());
        ConnectLinks links = new ConnectLinks(settings, states);

        // Slack is asked for when a handler runs: an operator command's process has no Slack client
        Supplier<Responder> responder = () -> new Responder(app.slack());

        app.add(new ConnectCommands(app.definition(), links, athletes,
                new Disconnect(athletes, strava, settings.channel(), app.clock()), settings.channel()));
        app.add("OAuthCallback", r -> r.webhook(CravackSettings.OAUTH_HOOK,
                "Strava's OAuth redirect: finishes connecting an athlete", new OAuthCallback(states),
                new Connecting(states, strava, athletes, responder, settings.channel(), app.clock())));
        app.add(new ActivityFeed(settings, db, athletes, strava, app::slack, app.clock()));
        app.add("SubscriptionCommand", r -> r.operatorCommand(SubscriptionCommand.NAME, SubscriptionCommand.USAGE,
                new SubscriptionCommand(settings, strava)));
    }
}
