package dev.gopherbot.apps.usersync.users;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes users, last writer by Slack's clock: a row is replaced only by a version with a newer {@code updated}, in
 * one {@code INSERT … ON CONFLICT … DO UPDATE … WHERE} statement. PostgreSQL locks the conflicting row and evaluates
 * the {@code WHERE} against its latest committed version, so two consumers applying two changes of one user at once
 * end with the newer, whichever commits last; there is no read-then-write window to lose an update in.
 */
public final class UserStore {
    /** Which versions may replace a stored row. */
    public enum Rule {
        /**
         * An event: only a strictly newer {@code updated}. A repeated or out-of-order delivery is dropped, and so is a
         * second change within the same second (Slack's clock has whole seconds); the next full sync repairs that.
         */
        NEWER("<"),
        /**
         * A full sync: newer or the same {@code updated}. {@code users.list} shows the state as of the request, at
         * least as new as any event of the same second that arrived before, so it settles same-second ties.
         */
        NEWER_OR_SAME("<=");

        private final String sql;

        Rule(String comparison) {
            this.sql = """
                    INSERT INTO users (team_id, id, name, real_name, display_name, title, tz, status_text,
                                       status_emoji, avatar_url, is_bot, deleted, updated, synced_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                    ON CONFLICT (team_id, id) DO UPDATE SET
                        name = EXCLUDED.name, real_name = EXCLUDED.real_name, display_name = EXCLUDED.display_name,
                        title = EXCLUDED.title, tz = EXCLUDED.tz, status_text = EXCLUDED.status_text,
                        status_emoji = EXCLUDED.status_emoji, avatar_url = EXCLUDED.avatar_url,
                        is_bot = EXCLUDED.is_bot, deleted = EXCLUDED.deleted, updated = EXCLUDED.updated,
                        synced_at = EXCLUDED.synced_at
                    WHERE users.updated %s EXCLUDED.updated""".formatted(comparison);
        }
    }

    private final DataSource database;

    public UserStore(DataSource database) {
        this.database = database;
    }

    /**
     * Applies one user's change if it is newer than the stored row (or the first).
     *
     * @return false when the stored row was as new or newer (the change is dropped)
     */
    public boolean apply(SlackUser user) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement(Rule.NEWER.sql)) {
            bind(s, user);
            return s.executeUpdate() == 1;
        }
    }

    /** Applies a page of a full sync inside the caller's transaction; returns how many rows changed. */
    public int applyAll(Connection c, List<SlackUser> users) throws SQLException {
        if (users.isEmpty()) {
            return 0;
        }
        try (PreparedStatement s = c.prepareStatement(Rule.NEWER_OR_SAME.sql)) {
            for (SlackUser user : users) {
                bind(s, user);
                s.addBatch();
            }
            int changed = 0;
            for (int n : s.executeBatch()) {
                changed += n > 0 ? 1 : 0;
            }
            return changed;
        }
    }

    /** Records that {@code ids} were in pass {@code passId}'s list, changed or not. */
    public void markSeen(Connection c, String teamId, List<String> ids, long passId) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE users SET seen_in_pass = ? WHERE team_id = ? AND id = ANY (?)")) {
            Array array = c.createArrayOf("text", ids.toArray());
            s.setLong(1, passId);
            s.setString(2, teamId);
            s.setArray(3, array);
            s.executeUpdate();
            array.free();
        }
    }

    /**
     * Deactivates the team's users that a complete pass did not list: Slack lists deactivated users too, so one that
     * is missing altogether is gone from the workspace. Rows written after the pass started (a {@code team_join} that
     * arrived after its page was read) are newer than the pass and left alone.
     *
     * @return how many were deactivated
     */
    public int deactivateMissing(Connection c, String teamId, long passId, Instant passStarted)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE users SET deleted = true, synced_at = now()
                WHERE team_id = ? AND NOT deleted AND seen_in_pass IS DISTINCT FROM ? AND synced_at < ?""")) {
            s.setString(1, teamId);
            s.setLong(2, passId);
            s.setObject(3, OffsetDateTime.ofInstant(passStarted, ZoneOffset.UTC));
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, SlackUser u) throws SQLException {
        s.setString(1, u.teamId());
        s.setString(2, u.id());
        s.setString(3, u.name());
        s.setString(4, u.realName());
        s.setString(5, u.displayName());
        s.setString(6, u.title());
        setNullable(s, 7, u.tz());
        s.setString(8, u.statusText());
        s.setString(9, u.statusEmoji());
        setNullable(s, 10, u.avatarUrl());
        s.setBoolean(11, u.isBot());
        s.setBoolean(12, u.deleted());
        s.setLong(13, u.updated());
    }

    private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
