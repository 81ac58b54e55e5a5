package dev.gopherbot.apps.cravack.activities;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.cravack.config.Units;
import dev.gopherbot.apps.cravack.strava.Activity;
import dev.gopherbot.apps.cravack.strava.StravaClient;
import dev.gopherbot.apps.cravack.strava.StravaEvent;
import dev.gopherbot.apps.cravack.strava.StravaException;
import dev.gopherbot.apps.cravack.tokens.Athletes;
import dev.gopherbot.apps.cravack.tokens.TokenCipher;
import dev.gopherbot.common.config.Secret;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an activity's Slack post in line with what Strava shows, whatever the event said: the activity is fetched
 * with its athlete's token; visible, it is posted (or its post edited); gone or private, its post is removed. So a
 * created activity is posted, an edited one updated, a deleted one removed, an event delivered twice changes nothing
 * the second time, and a forged event (Strava's are not signed) cannot remove a post that Strava still shows.
 *
 * <p>The events of one activity are handled one at a time (an advisory lock on the activity, held on the connection
 * that also records the post), so a "create" and a quick "update" never both post.
 */
final class ActivitySync {
    private static final Logger log = LoggerFactory.getLogger(ActivitySync.class);

    private final DataSource db;
    private final Athletes athletes;
    private final StravaClient strava;
    private final ChannelPosts posts;
    private final String channel;
    private final Units units;
    private final Clock clock;

    ActivitySync(DataSource db, Athletes athletes, StravaClient strava, ChannelPosts posts, String channel,
                 Units units, Clock clock) {
        this.db = db;
        this.athletes = athletes;
        this.strava = strava;
        this.posts = posts;
        this.channel = channel;
        this.units = units;
        this.clock = clock;
    }

    Outcome sync(StravaEvent event) throws SQLException {
        Optional<Athletes.Athlete> athlete = athletes.byId(event.ownerId());
        if (athlete.isEmpty()) {
            return Outcome.done(); // not one of ours: acknowledged and dropped (counted in the handler's log line)
        }
        try {
            // the token first: refreshing it takes a connection of its own, not one while the lock is held
            Optional<Secret> token = athletes.accessToken(event.ownerId(), strava::refresh);
            if (token.isEmpty()) {
                return Outcome.done(); // disconnected meanwhile
            }
            return sync(event.objectId(), athlete.get(), token.get());
        } catch (StravaException e) {
            return switch (e.kind()) {
                case RATE_LIMITED -> Outcome.retry(e.getMessage(), Duration.between(clock.instant(), e.retryAt()));
                case UNAVAILABLE -> Outcome.retry(e.getMessage());
                case UNAUTHORIZED, REFUSED -> {
                    // the athlete revoked the app at Strava (the deauthorization event may still be on its way)
                    athletes.delete(event.ownerId());
                    yield Outcome.discard("athlete " + event.ownerId() + " no longer authorizes the app: "
                            + e.getMessage());
                }
            };
        } catch (TokenCipher.Unreadable e) {
            return Outcome.discard(e.getMessage());
        }
    }

    private Outcome sync(long activityId, Athletes.Athlete athlete, Secret token)
            throws SQLException, StravaException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                ActivityPosts.lock(c, activityId);
                Optional<ActivityPosts.Posted> posted = ActivityPosts.find(c, activityId);
                Optional<Activity> shown = strava.activity(activityId, token)
                        .filter(a -> !a.isPrivate() && a.athleteId() == athlete.athleteId());
                String done;
                if (shown.isPresent()) {
                    ActivitySummary summary = ActivitySummary.of(shown.get(), athlete.slackUserId(), units);
                    if (posted.isPresent() && posts.update(posted.get().channel(), posted.get().ts(), summary)) {
                        done = "updated";
                    } else {
                        String ts = posts.post(channel, summary);
                        ActivityPosts.save(c, activityId, athlete.athleteId(), channel, ts);
                        done = "posted";
                    }
                } else if (posted.isPresent()) {
                    posts.delete(posted.get().channel(), posted.get().ts());
                    ActivityPosts.delete(c, activityId);
                    done = "removed";
                } else {
                    done = "nothing to show";
                }
                c.commit();
                log.atInfo().addKeyValue("activity", activityId).addKeyValue("athlete", athlete.athleteId())
                        .addKeyValue("result", done).log("activity synced");
                return Outcome.done();
            } catch (SQLException | StravaException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
