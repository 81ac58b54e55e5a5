package dev.gopherbot.apps.usersync.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads the directory a page at a time: one workspace's people (never bots), active ones unless asked, optionally
 * matching a search, in {@code (sort_name, id)} order. Each page is an index range ({@code users_active_by_name} /
 * {@code users_by_name}, or the {@code users_search} GIN index for a search), so a page costs the same on page 1 and
 * page 1,000 and nothing loads the whole table; the total beside it is counted once per {@link Counts#TTL}. The SQL is put together from fixed fragments only;
 * everything from the request is a bound parameter.
 */
public final class Directory {
    /** One page and how to reach its neighbours. */
    public record Page(List<Person> people, long total, Optional<Cursor> previous, Optional<Cursor> next) {
    }

    private static final String COLUMNS = "id, team_id, name, real_name, display_name, title, tz, status_text,"
            + " status_emoji, avatar_url, deleted, updated, sort_name";

    private final DataSource database;
    private final Counts counts;

    public Directory(DataSource database, Clock clock) {
        this.database = database;
        this.counts = new Counts(clock);
    }

    public Page find(String teamId, DirectoryQuery query, int size) throws SQLException {
        String tsquery = query.tsquery();
        StringBuilder filter = new StringBuilder("team_id = ? AND NOT is_bot");
        if (!query.deactivated()) {
            filter.append(" AND NOT deleted");
        }
        if (!tsquery.isEmpty()) {
            filter.append(" AND search @@ to_tsquery('simple', ?)");
        }
        boolean backwards = query.before().isPresent();
        Optional<Cursor> from = backwards ? query.before() : query.after();
        String range = from.isEmpty() ? ""
                : backwards ? " AND (sort_name, id) < (?, ?)" : " AND (sort_name, id) > (?, ?)";
        String order = backwards ? " ORDER BY sort_name DESC, id DESC" : " ORDER BY sort_name, id";
        try (Connection c = database.getConnection()) {
            List<Person> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE " + filter
                    + range + order + " LIMIT ?")) {
                int i = bindFilter(s, teamId, tsquery);
                if (from.isPresent()) {
                    s.setString(i++, from.get().sortName());
                    s.setString(i++, from.get().id());
                }
                s.setInt(i, size + 1); // one more than shown: whether there is a page beyond
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(person(rs));
                    }
                }
            }
            Long total = counts.get(teamId, query.deactivated(), tsquery);
            if (total == null) {
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM users WHERE " + filter)) {
                    bindFilter(s, teamId, tsquery);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
                counts.put(teamId, query.deactivated(), tsquery, total);
            }
            return page(rows, size, backwards, query.after().isPresent(), total);
        }
    }

    private static Page page(List<Person> rows, int size, boolean backwards, boolean cameFromEarlier, long total) {
        boolean beyond = rows.size() > size;
        List<Person> people = new ArrayList<>(beyond ? rows.subList(0, size) : rows);
        if (backwards) {
            Collections.reverse(people);
        }
        if (people.isEmpty()) {
            return new Page(people, total, Optional.empty(), Optional.empty());
        }
        Cursor first = people.getFirst().position();
        Cursor last = people.getLast().position();
        if (backwards) {
            // we came from the page after this one, so there is one; an earlier one if the query found more
            return new Page(people, total, beyond ? Optional.of(first) : Optional.empty(), Optional.of(last));
        }
        return new Page(people, total, cameFromEarlier ? Optional.of(first) : Optional.empty(),
                beyond ? Optional.of(last) : Optional.empty());
    }

    private static int bindFilter(PreparedStatement s, String teamId, String tsquery) throws SQLException {
        int i = 1;
        s.setString(i++, teamId);
        if (!tsquery.isEmpty()) {
            s.setString(i++, tsquery);
        }
        return i;
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("team_id"), rs.getString("name"),
                rs.getString("real_name"), rs.getString("display_name"), rs.getString("title"), rs.getString("tz"),
                rs.getString("status_text"), rs.getString("status_emoji"), rs.getString("avatar_url"),
                rs.getBoolean("deleted"), rs.getLong("updated"), rs.getString("sort_name"));
    }
}
