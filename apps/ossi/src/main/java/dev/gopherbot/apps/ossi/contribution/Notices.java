package dev.gopherbot.apps.ossi.contribution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Messages about a contribution that must go out at most once, whichever entry or redelivery gets to send them. The
 * platform skips a handler whose effect it recorded, but a handler that sends three messages and fails at the third
 * runs again whole: the first two are claimed here and not repeated.
 *
 * <p>A notice is claimed right before it is sent and the claim is released when sending throws, so a Slack failure is
 * retried; only a process dying between claim and send loses the message (the honest window, as with the platform's
 * markers, but on the side of silence rather than repetition).
 */
public final class Notices {
    /** Which message. */
    public enum Kind {
        RECEIPT, CARD, OUTCOME, ANNOUNCEMENT
    }

    /** Something that sends a message; it may throw (a Slack failure), which releases the claim. */
    @FunctionalInterface
    public interface Send {
        void send() throws Exception;
    }

    private final DataSource db;
    private final Clock clock;

    public Notices(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Sends unless this notice of this contribution was already sent; returns whether it sent. */
    public boolean once(long contributionId, Kind kind, Send send) throws Exception {
        if (!claim(contributionId, kind)) {
            return false;
        }
        try {
            send.send();
            return true;
        } catch (Exception | Error e) {
            try {
                release(contributionId, kind);
            } catch (SQLException releaseFailed) {
                e.addSuppressed(releaseFailed); // the claim stays: the notice is lost rather than repeated
            }
            throw e;
        }
    }

    private boolean claim(long id, Kind kind) throws SQLException {
        try (Connection conn = db.getConnection();
             PreparedStatement insert = conn.prepareStatement("INSERT INTO notices (contribution_id, kind, claimed_at)"
                     + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, id);
            insert.setString(2, kind.name());
            insert.setObject(3, ContributionStore.timestamp(clock.instant()));
            return insert.executeUpdate() == 1;
        }
    }

    private void release(long id, Kind kind) throws SQLException {
        try (Connection conn = db.getConnection();
             PreparedStatement delete = conn.prepareStatement(
                     "DELETE FROM notices WHERE contribution_id = ? AND kind = ?")) {
            delete.setLong(1, id);
            delete.setString(2, kind.name());
            delete.executeUpdate();
        }
    }
}
