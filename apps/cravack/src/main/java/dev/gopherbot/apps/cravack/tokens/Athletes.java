package dev.gopherbot.apps.cravack.tokens;

import dev.gopherbot.apps.cravack.strava.StravaException;
import dev.gopherbot.apps.cravack.strava.TokenGrant;
import dev.gopherbot.common.config.Secret;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The connected athletes (table {@code athletes}): who they are in Slack, and their Strava tokens, encrypted with
 * {@link TokenCipher}. Hands out an access token that is valid for a while yet, refreshing it first when it is about
 * to expire; refresh tokens rotate, so the new one replaces the old in the same transaction, under the row's lock, and
 * two consumers never spend one refresh token twice.
 */
public final class Athletes {
    /** Refresh this long before expiry, so a token handed out still works for the call it is for. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

    public record Athlete(long athleteId, String slackUserId, String name, String scope) {
    }

    /** Strava's refresh, as {@link #accessToken} calls it. */
    @FunctionalInterface
    public interface Refresher {
        TokenGrant refresh(Secret refreshToken) throws StravaException;
    }

    private final DataSource db;
    private final TokenCipher cipher;
    private final Clock clock;

    public Athletes(DataSource db, TokenCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Stores the athlete as {@code slackUserId}'s: an athlete that user connected before is replaced, and an athlete
     * connected before by another Slack user moves to this one (they just proved it is theirs at Strava).
     */
    public void connect(String slackUserId, TokenGrant grant, String scope) throws SQLException {
        long id = grant.athleteId();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM athletes WHERE slack_user_id = ? AND athlete_id <> ?")) {
                    s.setString(1, slackUserId);
                    s.setLong(2, id);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO athletes (athlete_id, slack_user_id, athlete_name, access_token, refresh_token,
                                              expires_at, scope, connected_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (athlete_id) DO UPDATE SET slack_user_id = excluded.slack_user_id,
                            athlete_name = excluded.athlete_name, access_token = excluded.access_token,
                            refresh_token = excluded.refresh_token, expires_at = excluded.expires_at,
                            scope = excluded.scope, connected_at = excluded.connected_at, refreshed_at = NULL""")) {
                    s.setLong(1, id);
                    s.setString(2, slackUserId);
                    s.setString(3, grant.athleteName());
                    s.setBytes(4, cipher.encrypt(grant.accessToken(), context(id, "access_token")));
                    s.setBytes(5, cipher.encrypt(grant.refreshToken(), context(id, "refresh_token")));
                    s.setTimestamp(6, Timestamp.from(grant.expiresAt()));
                    s.setString(7, scope);
                    s.setTimestamp(8, Timestamp.from(clock.instant()));
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    public Optional<Athlete> byId(long athleteId) throws SQLException {
        return find("athlete_id = ?", s -> s.setLong(1, athleteId));
    }

    public Optional<Athlete> bySlackUser(String slackUserId) throws SQLException {
        return find("slack_user_id = ?", s -> s.setString(1, slackUserId));
    }

    /** Forgets the athlete and their tokens; the Slack user it belonged to, if it was connected. */
    public Optional<String> delete(long athleteId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "DELETE FROM athletes WHERE athlete_id = ? RETURNING slack_user_id")) {
            s.setLong(1, athleteId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * An access token valid for at least {@link #REFRESH_AHEAD}, refreshed through {@code strava} when needed; empty
     * when the athlete is not connected.
     *
     * @throws StravaException            the refresh failed ({@code UNAUTHORIZED}/{@code REFUSED}: the athlete
     *                                    revoked the app; otherwise worth a retry); the stored tokens are unchanged
     * @throws TokenCipher.Unreadable when the stored tokens do not decrypt (the key changed)
     */
    public Optional<Secret> accessToken(long athleteId, Refresher strava)
            throws SQLException, StravaException, TokenCipher.Unreadable {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                Optional<Secret> token = accessToken(c, athleteId, strava);
                c.commit();
                return token;
            } catch (SQLException | StravaException | TokenCipher.Unreadable | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Optional<Secret> accessToken(Connection c, long id, Refresher strava)
            throws SQLException, StravaException, TokenCipher.Unreadable {
        byte[] access;
        byte[] refresh;
        Instant expires;
        try (PreparedStatement s = c.prepareStatement("SELECT access_token, refresh_token, expires_at FROM athletes"
                + " WHERE athlete_id = ? FOR UPDATE")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                access = r.getBytes(1);
                refresh = r.getBytes(2);
                expires = r.getTimestamp(3).toInstant();
            }
        }
        if (expires.isAfter(clock.instant().plus(REFRESH_AHEAD))) {
            return Optional.of(cipher.decrypt(access, context(id, "access_token")));
        }
        TokenGrant grant = strava.refresh(cipher.decrypt(refresh, context(id, "refresh_token")));
        try (PreparedStatement s = c.prepareStatement("UPDATE athletes SET access_token = ?, refresh_token = ?,"
                + " expires_at = ?, refreshed_at = ? WHERE athlete_id = ?")) {
            s.setBytes(1, cipher.encrypt(grant.accessToken(), context(id, "access_token")));
            s.setBytes(2, cipher.encrypt(grant.refreshToken(), context(id, "refresh_token")));
            s.setTimestamp(3, Timestamp.from(grant.expiresAt()));
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            s.setLong(5, id);
            s.executeUpdate();
        }
        return Optional.of(grant.accessToken());
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private Optional<Athlete> find(String where, Binder binder) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT athlete_id, slack_user_id, athlete_name, scope"
                     + " FROM athletes WHERE " + where)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Athlete(r.getLong(1), r.getString(2), r.getString(3),
                        r.getString(4))) : Optional.empty();
            }
        }
    }

    /** What a stored token is bound to (the cipher's associated data). */
    static String context(long athleteId, String column) {
        return "athlete:" + athleteId + ":" + column;
    }
}
