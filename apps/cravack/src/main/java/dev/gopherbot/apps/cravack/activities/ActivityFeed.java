package dev.gopherbot.apps.cravack.activities;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.slack.Responder;
import dev.gopherbot.apps.cravack.config.CravackSettings;
import dev.gopherbot.apps.cravack.strava.StravaClient;
import dev.gopherbot.apps.cravack.tokens.Athletes;
import dev.gopherbot.common.slack.SlackCalls;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Strava's webhook, and the activity posts it drives. */
public final class ActivityFeed implements Feature {
    private final StravaWebhook webhook;
    private final ActivityEvents events;

    public ActivityFeed(CravackSettings settings, DataSource db, Athletes athletes, StravaClient strava,
                        Supplier<SlackCalls> slack, Clock clock) {
        this.webhook = new StravaWebhook(settings.verifyToken());
        ActivitySync sync = new ActivitySync(db, athletes, strava, new ChannelPosts(slack), settings.channel(),
                settings.units(), clock);
        this.events = new ActivityEvents(sync, athletes, () -> new Responder(slack.get()));
    }

    @Override
    public void register(Registrar r) {
        r.webhook(CravackSettings.STRAVA_HOOK, "Strava's events: activities created, edited or deleted, access revoked",
                webhook, events);
    }
}
