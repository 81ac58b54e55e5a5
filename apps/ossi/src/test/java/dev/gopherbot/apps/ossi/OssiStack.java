package dev.gopherbot.apps.ossi;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.apps.ossi.submit.SubmissionForm;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.gateway.GatewayApp;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.GatewayClient;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.slack.Workspace;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The app as it runs: a real gateway and a real consumer in-process, both hosting {@link OssiApp}, over a real
 * redis-server, a fresh PostgreSQL database and the fake Slack, which knows a management channel (Bob and Carol are
 * the managers) and a public one. Requests go to the gateway signed, as Slack sends them. One per test.
 */
final class OssiStack implements AutoCloseable {
    static final String MANAGEMENT = "C0OSSIMGMT";
    static final String PUBLIC = "C0OSSIPUB";
    static final String ALICE = "U0ALICE";
    static final String BOB = "U0BOB";
    static final String CAROL = "U0CAROL";
    static final String SECRET = "ossi-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    final FreshDatabase db = PostgresServer.shared().freshDatabase();
    final RedisServer redis = RedisServer.startEphemeral();
    final FakeSlack slack = FakeSlack.start();
    final Keys keys = new Keys("ossi-it-" + UUID.randomUUID().toString().substring(0, 8) + ":");
    final GatewayApp gateway;
    final GatewayClient client;
    private ConsumerApp consumer;
    private final RedisClient lettuce;
    private final StatefulRedisConnection<String, String> connection;
    final RedisCommands<String, String> commands;

    OssiStack() {
        Workspace w = slack.workspace();
        w.addChannel(new Workspace.Channel(MANAGEMENT, "ossi-managers", true, false, false, null));
        for (String member : List.of(BOB, CAROL, FakeSlack.BOT_USER_ID)) {
            w.join(MANAGEMENT, member);
        }
        w.addChannel(new Workspace.Channel(PUBLIC, "open-source", false, false, false, null));
        w.users().forEach(u -> w.join(PUBLIC, u.id()));
        gateway = GatewayApp.start(new Env(env()), List.of(new OssiApp()));
        client = new GatewayClient(java.net.URI.create("http://127.0.0.1:" + gateway.port()), SECRET);
        lettuce = RedisClient.create(redis.url());
        connection = lettuce.connect();
        commands = connection.sync();
    }

    /** Every setting the processes need; tests start bgtasks with the same. */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>(Map.ofEntries(Map.entry("PORT", "0"),
                Map.entry("SLACK_SIGNING_SECRET", SECRET), Map.entry("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN),
                Map.entry("SLACK_API_URL", slack.apiUrl()), Map.entry("REDIS_URL", redis.url()),
                Map.entry("REDIS_KEY_PREFIX", keys.prefix()), Map.entry("DATABASE_URL", db.databaseUrl()),
                Map.entry("BOT_ENV", "production"), Map.entry("CONSUMER_CONCURRENCY", "8"),
                Map.entry("RETRY_BACKOFF", "50ms"), Map.entry("MAX_DELIVERIES", "5"), Map.entry("LOG_FORMAT", "text"),
                Map.entry("OSSI_MANAGEMENT_CHANNEL", MANAGEMENT), Map.entry("OSSI_PUBLIC_CHANNEL", PUBLIC)));
        return env;
    }

    /** Starts the consumer; tests of the gateway alone leave it stopped, so nothing reads the streams. */
    OssiStack withConsumer() {
        consumer = ConsumerApp.start(new Env(env()), List.of(new OssiApp()));
        return this;
    }

    // --- as Slack would send it ---

    /** {@code /ossi <text>} by {@code user}; the answer, if any, arrives at the response URL {@code answerId}. */
    HttpResponse<String> slash(String user, String text, String answerId) {
        return slash(user, text, answerId, slack.trigger());
    }

    HttpResponse<String> slash(String user, String text, String answerId, String trigger) {
        String form = InteractivePayloads.command(OssiApp.COMMAND, text).user(user, user.substring(2).toLowerCase())
                .responseUrl(slack.responseUrl(answerId)).trigger(trigger).form();
        return client.postForm("/slack/ossi/commands", form);
    }

    /** The "new contribution" modal submitted by {@code user} ({@code size} as the radio buttons send it). */
    HttpResponse<String> submit(String user, String description, String url, String size, String month) {
        return submit(user, description, url, size, month, InteractivePayloads.newTriggerId());
    }

    HttpResponse<String> submit(String user, String description, String url, String size, String month,
                                String trigger) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(SubmissionForm.DESCRIPTION, description);
        texts.put(SubmissionForm.URL, url);
        texts.put(SubmissionForm.MONTH, month);
        String payload = InteractivePayloads.viewSubmission(user, SubmissionForm.CALLBACK_ID, texts, trigger);
        try {
            ObjectNode p = (ObjectNode) JSON.readTree(payload);
            ObjectNode values = (ObjectNode) p.path("view").path("state").path("values");
            ObjectNode radio = values.putObject(SubmissionForm.SIZE).putObject(SubmissionForm.SIZE)
                    .put("type", "radio_buttons");
            if (size != null) {
                radio.putObject("selected_option").put("value", size);
            }
            return client.postForm("/slack/ossi/interactions", InteractivePayloads.form(p.toString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A click on the card of contribution {@code id}; the answer, if any, goes to response URL {@code answerId}. */
    HttpResponse<String> click(String user, String actionId, long id, String answerId) {
        String ts = card(id);
        String payload = InteractivePayloads.blockAction(user, actionId, Long.toString(id), MANAGEMENT, ts,
                slack.responseUrl(answerId), InteractivePayloads.newTriggerId());
        return client.postForm("/slack/ossi/interactions", InteractivePayloads.form(payload));
    }

    /** Submits a contribution as Alice and waits for its card; returns its id. */
    long submitted(String description) throws SQLException {
        return submitted(ALICE, description, "M", "2026-01");
    }

    /** Submits a contribution and waits for its card; returns its id. */
    long submitted(String user, String description, String size, String month) throws SQLException {
        int before = rows("SELECT id FROM ossi.contributions").size();
        submit(user, description, "https://github.com/golang/go/pull/" + (70000 + before), size, month);
        await().atMost(PATIENCE).until(() -> rows("SELECT id FROM ossi.contributions WHERE card_ts IS NOT NULL")
                .size() > before);
        return ((Number) rows("SELECT max(id) AS id FROM ossi.contributions").getFirst().get("id")).longValue();
    }

    String card(long id) {
        try {
            return (String) rows("SELECT card_ts FROM ossi.contributions WHERE id = " + id).getFirst().get("card_ts");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- what came of it ---

    List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Connection conn = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    Map<String, Object> contribution(long id) throws SQLException {
        return rows("SELECT * FROM ossi.contributions WHERE id = " + id).getFirst();
    }

    /** Messages the bot posted (ok) in a channel or, for a user id, in the DM with them. */
    List<Call> posts(String channelOrUser) {
        String channel = channelOrUser.startsWith("U") ? slack.workspace().imWith(channelOrUser).id() : channelOrUser;
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))).toList();
    }

    List<Call> calls(String method, Predicate<Call> filter) {
        return slack.calls(method).stream().filter(filter).toList();
    }

    List<ResponseUrls.Response> answers(String answerId) {
        return slack.responses(answerId);
    }

    long length(StreamKind kind) {
        return commands.xlen(keys.stream(kind));
    }

    /** Waits until the consumer has read every entry of the app's streams and acknowledged it. */
    void awaitSettled() {
        await().atMost(PATIENCE).until(() -> settled(StreamKind.command(OssiApp.NAME))
                && settled(StreamKind.interaction(OssiApp.NAME)));
    }

    private boolean settled(StreamKind kind) {
        String stream = keys.stream(kind);
        List<StreamMessage<String, String>> last = commands.xrevrange(stream, Range.create("-", "+"),
                io.lettuce.core.Limit.from(1));
        if (last.isEmpty()) {
            return true;
        }
        for (Object group : commands.xinfoGroups(stream)) {
            List<?> fields = (List<?>) group;
            Map<String, Object> info = new HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                info.put(String.valueOf(fields.get(i)), fields.get(i + 1));
            }
            if (Identity.DEFAULT_APP_NAME.equals(String.valueOf(info.get("name")))) {
                return last.getFirst().getId().equals(String.valueOf(info.get("last-delivered-id")))
                        && ((Number) info.get("pending")).longValue() == 0;
            }
        }
        return false;
    }

    void stopConsumer() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }

    @Override
    public void close() {
        stopConsumer();
        gateway.close();
        connection.close();
        lettuce.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        slack.close();
        redis.close();
    }
}
