package dev.gopherbot.apps.usersync.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The full syncs' state in PostgreSQL (table {@code sync_passes}): requests, the open pass and its cursor, finished
 * passes. Everything a pass needs to resume after a crash is here, committed with the page it follows.
 */
public final class SyncPasses {
    /**
     * One pass.
     *
     * @param teamId     the workspace it lists, known once started
     * @param startedAt  when its first page was asked for, or null while only requested
     * @param nextCursor the cursor of the next page; null before the first
     * @param pages      pages applied so far: the pass's version (a step commits only over the version it read)
     */
    public record Pass(long id, String reason, Instant requestedAt, String teamId, Instant startedAt,
                       String nextCursor, int pages, int usersSeen, int usersChanged, Instant completedAt,
                       Integer markedDeleted) {
        public boolean started() {
            return startedAt != null;
        }
    }

    private static final String COLUMNS = "id, reason, requested_at, team_id, started_at, next_cursor, pages,"
            + " users_seen, users_changed, completed_at, marked_deleted";

    private final DataSource database;

    public SyncPasses(DataSource database) {
        this.database = database;
    }

    /**
     * Asks for a pass. A request while a pass is open is served by that pass; a reason already recorded (a
     * schedule's due time run twice after a crash) is not a new request.
     *
     * @return true when a new pass was created
     */
    public boolean request(String reason) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO sync_passes (reason) VALUES (?) ON CONFLICT DO NOTHING")) {
            s.setString(1, reason);
            return s.executeUpdate() == 1;
        }
    }

    /** On the very first run there is nothing in the table: the initial sync is requested. */
    public void requestInitialIfNone() throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO sync_passes (reason) SELECT 'initial'
                     WHERE NOT EXISTS (SELECT 1 FROM sync_passes) ON CONFLICT DO NOTHING""")) {
            s.executeUpdate();
        }
    }

    /** The pass requested or in progress, if any. */
    public Optional<Pass> open() throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM sync_passes WHERE completed_at IS NULL")) {
            return first(s);
        }
    }

    /** The most recent passes, newest first, for the operator's status. */
    public List<Pass> recent(int limit) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM sync_passes ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            List<Pass> passes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    passes.add(pass(rs));
                }
            }
            return passes;
        }
    }

    /** Marks the pass started for {@code teamId}; false when another runner started it first. */
    public boolean start(long passId, String teamId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE sync_passes SET team_id = ?, started_at = now()"
                     + " WHERE id = ? AND started_at IS NULL")) {
            s.setString(1, teamId);
            s.setLong(2, passId);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Moves the pass past one page, in the caller's transaction, only if no one else moved it since it was read
     * ({@code pages} unchanged): a runner that lost its lease and woke up late finds 0 rows and rolls back.
     */
    boolean advance(Connection c, Pass pass, String nextCursor, int seen, int changed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE sync_passes SET next_cursor = ?, pages = pages + 1, users_seen = users_seen + ?,
                                       users_changed = users_changed + ?
                WHERE id = ? AND pages = ? AND completed_at IS NULL""")) {
            s.setString(1, nextCursor);
            s.setInt(2, seen);
            s.setInt(3, changed);
            s.setLong(4, pass.id());
            s.setInt(5, pass.pages());
            return s.executeUpdate() == 1;
        }
    }

    /** Lists the pass again from the first page (its cursor was refused); false when someone moved it meanwhile. */
    public boolean restartFromFirstPage(Pass pass) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE sync_passes SET next_cursor = NULL, pages = pages + 1"
                     + " WHERE id = ? AND pages = ? AND completed_at IS NULL")) {
            s.setLong(1, pass.id());
            s.setInt(2, pass.pages());
            return s.executeUpdate() == 1;
        }
    }

    /** Closes the pass, in the caller's transaction. */
    void complete(Connection c, long passId, int markedDeleted) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE sync_passes SET completed_at = now(), marked_deleted = ? WHERE id = ?")) {
            s.setInt(1, markedDeleted);
            s.setLong(2, passId);
            s.executeUpdate();
        }
    }

    private static Optional<Pass> first(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(pass(rs)) : Optional.empty();
        }
    }

    private static Pass pass(ResultSet rs) throws SQLException {
        int marked = rs.getInt("marked_deleted");
        return new Pass(rs.getLong("id"), rs.getString("reason"), instant(rs.getTimestamp("requested_at")),
                rs.getString("team_id"), instant(rs.getTimestamp("started_at")), rs.getString("next_cursor"),
                rs.getInt("pages"), rs.getInt("users_seen"), rs.getInt("users_changed"),
                instant(rs.getTimestamp("completed_at")), rs.wasNull() ? null : marked);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
