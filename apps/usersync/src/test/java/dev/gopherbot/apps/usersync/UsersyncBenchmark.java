package dev.gopherbot.apps.usersync;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.awaitility.Awaitility.await;

import dev.gopherbot.apps.usersync.directory.Cursor;
import dev.gopherbot.apps.usersync.users.SlackUser;
import dev.gopherbot.apps.usersync.users.UserStore;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The two figures, measured, not asserted: no build runs it (its name matches neither {@code *Test} nor
 * {@code *IT}, and it runs only when asked, also under a {@code -Dtest} pattern). Run it with
 * {@code ./mvnw -o -pl apps/usersync -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=UsersyncBenchmark -Dusersync.bench=true}; the report goes to stdout and
 * {@code apps/usersync/target/usersync-bench.md}.
 * <ol>
 * <li>events applied per second by one consumer: a backlog of {@code user_change} entries drained by one consumer
 *     with its default concurrency, against PostgreSQL;</li>
 * <li>directory latency with 50,000 people: requests over real HTTP through the gateway's sign-in, for the first
 *     page, a deep page, searches and the JSON endpoint, plus the query plans.</li>
 * </ol>
 */
@EnabledIfSystemProperty(named = "usersync.bench", matches = "true")
class UsersyncBenchmark {
    private static final int EVENTS = 20_000;
    private static final int PEOPLE = 50_000;
    private static final int REQUESTS = 300;
    private static final String PAGE = "/web/usersync/directory";
    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        line("# usersync benchmark");
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", PostgreSQL from testkit's embedded server (17), one redis-server.");
        line("");
        eventsPerSecond(PostgresServer.shared().freshDatabase());
        directoryLatency(PostgresServer.shared().freshDatabase());
        Path out = Path.of("target", "usersync-bench.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void eventsPerSecond(FreshDatabase db) throws IOException {
        try (ConsumerFixture consumer = new ConsumerFixture()) {
            StreamKind kind = new StreamKind(UsersyncApp.NAME, "user_change");
            // a backlog as after an outage: 20,000 changes of 5,000 people, every person changed 4 times
            for (int i = 0; i < EVENTS; i++) {
                String body = SlackPayloads.userChange(SlackPayloads.newEventId(), user(String.format("U9%05d",
                        i % 5_000)).realName("Person " + i).title("Title " + i).status(":wave:", "status " + i)
                        .avatar("https://avatars.slack-edge.com/p" + i + "_72.png").updated(1_700_000_000L + i)
                        .json());
                consumer.append(kind, SlackPayloads.newEventId(), System.currentTimeMillis() / 1000, body);
            }
            Map<String, String> env = new HashMap<>(UsersyncFixture.appEnv(db));
            env.put("CONSUMER_CONCURRENCY", "16"); // the production default, not the fixture's 8
            env.put("LOG_LEVEL", "warn");
            long started = System.nanoTime();
            consumer.start(env, List.of(new UsersyncApp()));
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> drained(consumer, kind));
            double seconds = (System.nanoTime() - started) / 1e9;
            line("## Events applied by one consumer");
            line("");
            line(String.format(Locale.ROOT, "%,d `user_change` entries (5,000 people, 4 changes each) drained in "
                    + "%.1f s: **%,.0f events/s** (consumer start-up included; 16 handlers at once, pool of 5 "
                    + "connections).", EVENTS, seconds, EVENTS / seconds));
            line("");
        }
    }

    private static boolean drained(ConsumerFixture consumer, StreamKind kind) {
        List<?> groups = consumer.commands.xinfoGroups(consumer.keys.stream(kind));
        if (groups.isEmpty()) {
            return false;
        }
        List<?> group = (List<?>) groups.getFirst();
        long entriesRead = 0;
        for (int i = 0; i + 1 < group.size(); i += 2) {
            if ("entries-read".equals(String.valueOf(group.get(i)))) {
                entriesRead = Long.parseLong(String.valueOf(group.get(i + 1)));
            }
        }
        return entriesRead >= EVENTS && consumer.pending(kind) == 0;
    }

    private void directoryLatency(FreshDatabase db) throws Exception {
        Map<String, String> env = new HashMap<>(UsersyncFixture.appEnv(db));
        env.put("LOG_LEVEL", "warn");
        try (GatewayFixture gateway = GatewayFixture.start(env, List.of(new UsersyncApp()));
             AppDatabase database = new AppDatabase(db)) {
            long seeded = System.nanoTime();
            seed(database);
            double seedSeconds = (System.nanoTime() - seeded) / 1e9;
            WebClient web = new WebClient(gateway.base());
            String session = web.signIn("U0VIEWER", SlackPayloads.TEAM_ID);
            String deep = deepPage();
            line("## Directory latency with " + String.format(Locale.ROOT, "%,d", PEOPLE) + " people");
            line("");
            line(String.format(Locale.ROOT, "Seeded through the full sync's statement in %.1f s (1 in 50 "
                    + "deactivated). %d requests per row after 50 of warm-up, one at a time over HTTP through the "
                    + "gateway (session check, page query, HTML; the total beside it is counted once per 30 s, see "
                    + "the count's plan below for what that costs).", seedSeconds, REQUESTS));
            line("");
            line("| request | p50 ms | p95 ms | p99 ms | max ms |");
            line("|---|---|---|---|---|");
            measure(web, session, "first page", PAGE);
            measure(web, session, "a page near the end (`after` cursor)", deep);
            measure(web, session, "search, rare (`q=person 4999`)", PAGE + "?q=person+4999");
            measure(web, session, "search, broad (`q=eng`, 1 in 5 people)", PAGE + "?q=eng");
            measure(web, session, "search, everyone (`q=person`)", PAGE + "?q=person");
            measure(web, session, "with deactivated accounts", PAGE + "?deactivated=1");
            measure(web, session, "JSON, first page", PAGE + ".json");
            line("");
            plans(database);
        }
    }

    private static void seed(AppDatabase database) throws Exception {
        UserStore store = new UserStore(database.dataSource());
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<SlackUser> batch = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                UserJson u = user(String.format("U8%06d", i)).name("person" + i)
                        .realName(String.format("Person %05d", i)).title(i % 5 == 0 ? "Engineer" : "Designer")
                        .status(":wave:", i % 3 == 0 ? "on holiday" : "").updated(1_700_000_000L);
                if (i % 50 == 0) {
                    u.deleted();
                }
                batch.add(SlackUser.fromEvent(u.json()));
                if (batch.size() == 1_000) {
                    store.applyAll(c, batch);
                    batch.clear();
                }
            }
            store.applyAll(c, batch);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE users"); // what autovacuum does soon after a bulk load
            }
        }
    }

    /** A page at the far end of the order: after "person 49900". */
    private static String deepPage() {
        return PAGE + "?after=" + new Cursor("person 49900", "U8049900").encode();
    }

    private void measure(WebClient web, String session, String label, String path) {
        for (int i = 0; i < 50; i++) {
            web.get(path, session);
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = web.get(path, session);
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        }
        Arrays.sort(nanos);
        line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |", label, ms(nanos, 0.50),
                ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6));
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private void plans(AppDatabase database) throws Exception {
        line("Query plans (`EXPLAIN ANALYZE`):");
        line("");
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("first page", "SELECT id FROM users WHERE team_id = 'T0GOPHER' AND NOT is_bot AND NOT deleted"
                + " ORDER BY sort_name, id LIMIT 51");
        queries.put("deep page", "SELECT id FROM users WHERE team_id = 'T0GOPHER' AND NOT is_bot AND NOT deleted"
                + " AND (sort_name, id) > ('person 49900', 'U8049900') ORDER BY sort_name, id LIMIT 51");
        queries.put("broad search", "SELECT id FROM users WHERE team_id = 'T0GOPHER' AND NOT is_bot AND NOT deleted"
                + " AND search @@ to_tsquery('simple', 'eng:*') ORDER BY sort_name, id LIMIT 51");
        queries.put("count", "SELECT count(*) FROM users WHERE team_id = 'T0GOPHER' AND NOT is_bot AND NOT deleted");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                line("- " + q.getKey() + ":");
                line("");
                line("```");
                try (ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + q.getValue())) {
                    while (rs.next()) {
                        line(rs.getString(1));
                    }
                }
                line("```");
                line("");
            }
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
