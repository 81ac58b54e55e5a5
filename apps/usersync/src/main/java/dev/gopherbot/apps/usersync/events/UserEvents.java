package dev.gopherbot.apps.usersync.events;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.EventContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.usersync.users.MalformedUser;
import dev.gopherbot.apps.usersync.users.SlackUser;
import dev.gopherbot.apps.usersync.users.UserStore;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code user_change} and {@code team_join}: each carries the whole user, which is upserted by Slack's clock
 * ({@link UserStore.Rule#NEWER}). A deactivation is a {@code user_change} with {@code deleted: true}, stored as such.
 *
 * <p>What cannot be applied is never acknowledged as done:
 * <ul>
 * <li>PostgreSQL unreachable or failing: {@code retry} after {@code USERSYNC_RETRY_AFTER}; once the consumer's
 *     {@code MAX_DELIVERIES} are spent the entry is in the dead letters, to be requeued when the database is back
 *     ({@code java -jar consumer.jar dead-letters requeue usersync.user_change --all}).</li>
 * <li>A malformed user (no id, team or {@code updated}): also {@code retry}, so it ends in the dead letters where an
 *     operator sees it and can requeue it once the code reads the new shape, rather than being discarded into a log
 *     line. The few extra attempts cost nothing.</li>
 * </ul>
 */
public final class UserEvents implements Feature {
    private static final Logger log = LoggerFactory.getLogger(UserEvents.class);

    private final UserStore store;
    private final Duration retryAfter;

    public UserEvents(UserStore store, Duration retryAfter) {
        this.store = store;
        this.retryAfter = retryAfter;
    }

    @Override
    public void register(Registrar r) {
        r.onEvent("user_change", "upsert-user", "Keeps a user's row in step when their profile or account changes"
                + " (deactivation included)", this::apply);
        r.onEvent("team_join", "upsert-user", "Adds a new member's row when they join the workspace", this::apply);
    }

    /** Applies the event's user; the outcome is the worker's to act on (see the class comment). */
    public Outcome apply(EventContext event) {
        SlackUser user;
        try {
            user = SlackUser.fromEvent(event.event().path("user"));
        } catch (MalformedUser e) {
            return Outcome.retry("malformed user in " + event.type() + ": " + e.getMessage());
        }
        try {
            boolean applied = store.apply(user);
            log.atDebug().addKeyValue("event_id", event.eventId()).addKeyValue("user", user.id())
                    .addKeyValue("team", user.teamId()).addKeyValue("updated", user.updated())
                    .addKeyValue("applied", applied).log(applied ? "user stored" : "user change older than stored");
            return Outcome.done();
        } catch (SQLException e) {
            return Outcome.retry("PostgreSQL: " + describe(e), retryAfter);
        }
    }

    /** The SQL state and message, without the cause chain (which may repeat the connection string's host). */
    static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState() + " ";
        return state + e.getMessage();
    }
}
