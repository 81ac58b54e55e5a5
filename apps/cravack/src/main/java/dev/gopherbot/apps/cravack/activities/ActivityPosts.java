package dev.gopherbot.apps.cravack.activities;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where each activity was posted (table {@code activity_posts}). Used on the connection that holds the activity's
 * lock (see {@link ActivitySync}), so the post and its record change together.
 */
final class ActivityPosts {
    record Posted(long activityId, String channel, String ts) {
    }

    private ActivityPosts() {
    }

    /** Takes the activity's lock until the transaction ends: its events are handled one at a time. */
    static void lock(Connection c, long activityId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            // the two-key form, with a key of our own first, keeps clear of other users of advisory locks
            s.setInt(1, 0x43524156); // "CRAV"
            s.setInt(2, Long.hashCode(activityId));
            s.execute();
        }
    }

    static Optional<Posted> find(Connection c, long activityId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT channel_id, message_ts FROM activity_posts WHERE activity_id = ?")) {
            s.setLong(1, activityId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Posted(activityId, r.getString(1), r.getString(2)))
                        : Optional.empty();
            }
        }
    }

    static void save(Connection c, long activityId, long athleteId, String channel, String ts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO activity_posts (activity_id, athlete_id, channel_id, message_ts) VALUES (?, ?, ?, ?)
                ON CONFLICT (activity_id) DO UPDATE SET channel_id = excluded.channel_id,
                    message_ts = excluded.message_ts, posted_at = now()""")) {
            s.setLong(1, activityId);
            s.setLong(2, athleteId);
            s.setString(3, channel);
            s.setString(4, ts);
            s.executeUpdate();
        }
    }

    static void delete(Connection c, long activityId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM activity_posts WHERE activity_id = ?")) {
            s.setLong(1, activityId);
            s.executeUpdate();
        }
    }
}
