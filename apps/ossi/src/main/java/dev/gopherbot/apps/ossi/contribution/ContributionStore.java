package dev.gopherbot.apps.ossi.contribution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Contributions in PostgreSQL (the app's schema, see {@code db/ossi}). Every write that must happen once is one
 * conditional statement, so two consumers handling the same contribution at once cannot both make it.
 */
public final class ContributionStore {
    private static final String COLUMNS = "id, submitter_id, submitter_name, description, url, size, month, status, "
            + "created_at, decided_by, decided_at, decided_event, card_channel, card_ts";

    private final DataSource db;

    public ContributionStore(DataSource db) {
        this.db = db;
    }

    /** What came of a manager's click. */
    public sealed interface Decision {
        /** This click decided it (or is a redelivery of the click that did). */
        record Decided(Contribution contribution) implements Decision {
        }

        /** Someone else's click got there first. */
        record AlreadyDecided(Contribution contribution) implements Decision {
        }

        record Missing() implements Decision {
        }
    }

    /**
     * Stores a PENDING contribution once per {@code submissionKey}: a redelivered submission returns the row the
     * first delivery stored.
     */
    public Contribution create(String submissionKey, String submitterId, String submitterName, NewContribution c,
                               Instant at) throws SQLException {
        try (Connection conn = db.getConnection()) {
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO contributions (submission_key, "
                    + "submitter_id, submitter_name, description, url, size, month, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (submission_key) DO NOTHING")) {
                insert.setString(1, submissionKey);
                insert.setString(2, submitterId);
                insert.setString(3, submitterName);
                insert.setString(4, c.description());
                insert.setString(5, c.url());
                insert.setString(6, c.size().name());
                insert.setString(7, c.month().toString());
                insert.setObject(8, timestamp(at));
                insert.executeUpdate();
            }
            List<Contribution> rows = query(conn, "SELECT " + COLUMNS + " FROM contributions WHERE submission_key = ?",
                    submissionKey);
            return rows.getFirst();
        }
    }

    public Optional<Contribution> find(long id) throws SQLException {
        try (Connection conn = db.getConnection()) {
            return query(conn, "SELECT " + COLUMNS + " FROM contributions WHERE id = ?", id).stream().findFirst();
        }
    }

    public void attachCard(long id, Contribution.Card card) throws SQLException {
        try (Connection conn = db.getConnection();
             PreparedStatement update = conn.prepareStatement(
                     "UPDATE contributions SET card_channel = ?, card_ts = ? WHERE id = ?")) {
            update.setString(1, card.channel());
            update.setString(2, card.ts());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /**
     * Moves a PENDING contribution to {@code to}, once: the {@code UPDATE … WHERE status = 'PENDING'} lets exactly
     * one of two simultaneous clicks through. {@code eventId} is the click's; its redelivery is told
     * {@link Decision.Decided} again so it can finish what the first delivery started.
     */
    public Decision decide(long id, Status to, String by, Instant at, String eventId) throws SQLException {
        if (to == Status.PENDING) {
            throw new IllegalArgumentException("a decision accepts or declines");
        }
        try (Connection conn = db.getConnection()) {
            List<Contribution> decided = query(conn, "UPDATE contributions SET status = ?, decided_by = ?, "
                    + "decided_at = ?, decided_event = ? WHERE id = ? AND status = 'PENDING' RETURNING " + COLUMNS,
                    to.name(), by, timestamp(at), eventId, id);
            if (!decided.isEmpty()) {
                return new Decision.Decided(decided.getFirst());
            }
            try (PreparedStatement select = conn.prepareStatement("SELECT " + COLUMNS
                    + " FROM contributions WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return new Decision.Missing();
                    }
                    Contribution c = read(rs);
                    return eventId.equals(rs.getString("decided_event")) ? new Decision.Decided(c)
                            : new Decision.AlreadyDecided(c);
                }
            }
        }
    }

    /** {@code userId}'s contributions, newest month first; of one month when {@code month} is given. */
    public List<Contribution> ofSubmitter(String userId, Optional<YearMonth> month, int limit) throws SQLException {
        try (Connection conn = db.getConnection()) {
            return month.isPresent()
                    ? query(conn, "SELECT " + COLUMNS + " FROM contributions WHERE submitter_id = ? AND month = ? "
                    + "ORDER BY created_at, id LIMIT ?", userId, month.get().toString(), limit)
                    : query(conn, "SELECT " + COLUMNS + " FROM contributions WHERE submitter_id = ? "
                    + "ORDER BY month DESC, created_at, id LIMIT ?", userId, limit);
        }
    }

    /** Everyone's contributions of {@code month}, in any status, by name. */
    public List<Contribution> inMonth(YearMonth month) throws SQLException {
        try (Connection conn = db.getConnection()) {
            return query(conn, "SELECT " + COLUMNS + " FROM contributions WHERE month = ? "
                    + "ORDER BY submitter_name, submitter_id, created_at, id", month.toString());
        }
    }

    /** The accepted contributions of {@code month}, by name: what the report lists. */
    public List<Contribution> accepted(YearMonth month) throws SQLException {
        try (Connection conn = db.getConnection()) {
            return query(conn, "SELECT " + COLUMNS + " FROM contributions WHERE month = ? AND status = 'ACCEPTED' "
                    + "ORDER BY submitter_name, submitter_id, created_at, id", month.toString());
        }
    }

    private static List<Contribution> query(Connection conn, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Contribution> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
            return rows;
        }
    }

    private static Contribution read(ResultSet rs) throws SQLException {
        String cardTs = rs.getString("card_ts");
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new Contribution(rs.getLong("id"), rs.getString("submitter_id"), rs.getString("submitter_name"),
                rs.getString("description"), rs.getString("url"), Size.valueOf(rs.getString("size")),
                YearMonth.parse(rs.getString("month")), Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString("decided_by")),
                Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant),
                cardTs == null ? Optional.empty()
                        : Optional.of(new Contribution.Card(rs.getString("card_channel"), cardTs)));
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
