package dev.gopherbot.apps.cravack.activities;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.WebhookContext;
import dev.gopherbot.app.handler.WebhookHandler;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.app.slack.Responder;
import dev.gopherbot.apps.cravack.strava.StravaEvent;
import dev.gopherbot.apps.cravack.tokens.Athletes;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Strava event from the queue: an activity created, edited or deleted ({@link ActivitySync}), or an athlete who
 * revoked the app in Strava's settings (their tokens are deleted and they are told by DM). Events of athletes who
 * are not connected are acknowledged and dropped.
 */
final class ActivityEvents implements WebhookHandler {
    private static final Logger log = LoggerFactory.getLogger(ActivityEvents.class);

    private final ActivitySync sync;
    private final Athletes athletes;
    private final Supplier<Responder> slack;

    ActivityEvents(ActivitySync sync, Athletes athletes, Supplier<Responder> slack) {
        this.sync = sync;
        this.athletes = athletes;
        this.slack = slack;
    }

    @Override
    public Outcome handle(WebhookContext ctx) throws SQLException {
        Optional<StravaEvent> parsed = StravaEvent.parse(ctx.body().getBytes(StandardCharsets.UTF_8));
        if (parsed.isEmpty()) {
            return Outcome.discard("not a Strava event");
        }
        StravaEvent event = parsed.get();
        if (event.isDeauthorization()) {
            Optional<String> user = athletes.delete(event.ownerId());
            if (user.isPresent()) {
                log.atInfo().addKeyValue("athlete", event.ownerId()).log("athlete revoked the app at Strava");
                slack.get().dm(user.get(), Post.text("Strava tells us you removed Cravack's access, so your tokens are"
                        + " deleted and your activities are no longer posted. Type `/cravack connect` to connect"
                        + " again."));
            }
            return Outcome.done();
        }
        if (!event.isActivity()) {
            return Outcome.done(); // other athlete updates (e.g. profile changes) mean nothing here
        }
        return sync.sync(event);
    }
}
