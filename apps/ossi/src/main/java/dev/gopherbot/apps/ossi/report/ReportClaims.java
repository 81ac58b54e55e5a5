package dev.gopherbot.apps.ossi.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * One row per month whose scheduled report was posted (or is being posted), keyed by the month: the report's
 * natural key. It keeps the report single across bgtasks restarts and leader changes, and also when the schedule's
 * state in Redis is lost or reset by an operator, which an effect marker in Redis could not.
 */
final class ReportClaims {
    private final DataSource db;
    private final Clock clock;

    ReportClaims(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** True the first time for {@code month}, false once any run (this process's or another's) claimed it. */
    boolean claim(YearMonth month, Instant due) throws SQLException {
        try (Connection conn = db.getConnection();
             PreparedStatement insert = conn.prepareStatement("INSERT INTO monthly_reports (month, due, claimed_at) "
                     + "VALUES (?, ?, ?) ON CONFLICT (month) DO NOTHING")) {
            insert.setString(1, month.toString());
            insert.setObject(2, OffsetDateTime.ofInstant(due, ZoneOffset.UTC));
            insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        }
    }

    /** Gives the month back after a failed post, so the retry posts it. */
    void release(YearMonth month) throws SQLException {
        try (Connection conn = db.getConnection();
             PreparedStatement delete = conn.prepareStatement("DELETE FROM monthly_reports WHERE month = ?")) {
            delete.setString(1, month.toString());
            delete.executeUpdate();
        }
    }
}
