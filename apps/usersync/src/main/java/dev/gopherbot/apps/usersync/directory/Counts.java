package dev.gopherbot.apps.usersync.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent totals ("1,234 people"), per workspace, filter and search, for {@link #TTL}: the count is the one part of a
 * directory page that reads every matching row (about 13 ms at 50,000 people, where the page itself takes well under
 * a millisecond), and it barely moves while someone pages through. Pages themselves are never cached: they are one
 * index range each and must show a change at once. Per process and bounded; a total may lag a change by
 * {@link #TTL}.
 */
final class Counts {
    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 1_000;

    private record Key(String teamId, boolean deactivated, String tsquery) {
    }

    private record Total(long count, Instant at) {
    }

    private final Clock clock;
    private final Map<Key, Total> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Total> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    Counts(Clock clock) {
        this.clock = clock;
    }

    /** The remembered total, if it is younger than {@link #TTL}. */
    synchronized Long get(String teamId, boolean deactivated, String tsquery) {
        Total total = recent.get(new Key(teamId, deactivated, tsquery));
        return total == null || total.at().plus(TTL).isBefore(clock.instant()) ? null : total.count();
    }

    synchronized void put(String teamId, boolean deactivated, String tsquery, long count) {
        recent.put(new Key(teamId, deactivated, tsquery), new Total(count, clock.instant()));
    }
}
