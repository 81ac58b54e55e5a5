package dev.gopherbot.apps.usersync;

import dev.gopherbot.testkit.postgres.FreshDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the app stored, read straight from its schema with plain JDBC: the tests' view, independent of the app's. */
public final class Rows {
    /** One stored user. */
    public record Row(String teamId, String id, String name, String realName, String displayName, String title,
                      String tz, String statusText, String statusEmoji, String avatarUrl, boolean isBot,
                      boolean deleted, long updated) {
    }

    private final FreshDatabase db;

    public Rows(FreshDatabase db) {
        this.db = db;
    }

    public Optional<Row> user(String teamId, String id) {
        List<Row> rows = query("SELECT * FROM usersync.users WHERE team_id = ? AND id = ?", teamId, id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    public Optional<Row> user(String id) {
        return user(dev.gopherbot.testkit.slack.SlackPayloads.TEAM_ID, id);
    }

    public List<Row> all() {
        return query("SELECT * FROM usersync.users ORDER BY team_id, id");
    }

    public long count(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement as the app's own role (seeding, or moving a pass along for a test). */
    public int execute(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private List<Row> query(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString("team_id"), rs.getString("id"), rs.getString("name"),
                            rs.getString("real_name"), rs.getString("display_name"), rs.getString("title"),
                            rs.getString("tz"), rs.getString("status_text"), rs.getString("status_emoji"),
                            rs.getString("avatar_url"), rs.getBoolean("is_bot"), rs.getBoolean("deleted"),
                            rs.getLong("updated")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
