package dev.gopherbot.apps.cravack;

import static org.awaitility.Awaitility.await;

import dev.gopherbot.apps.cravack.config.CravackSettings;
import dev.gopherbot.apps.cravack.connect.ConnectCommands;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.slack.Workspace;
import dev.gopherbot.testkit.strava.FakeStrava;
import io.lettuce.core.Range;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cravack as deployed, in-process: a real gateway and a real consumer sharing one redis-server, a fresh PostgreSQL
 * database, the fake Slack (with the activities channel) and the fake Strava, whose push subscription points at the
 * gateway. Tests drive it as Slack, Strava and a browser would: signed Slack requests, webhook deliveries, GETs.
 */
final class CravackBot implements AutoCloseable {
    static final String CHANNEL = "C0RUNS";
    static final String VERIFY_TOKEN = "verify-" + UUID.randomUUID();
    static final StreamKind STRAVA_EVENTS = StreamKind.webhook(CravackApp.NAME, CravackSettings.STRAVA_HOOK);
    static final StreamKind OAUTH = StreamKind.webhook(CravackApp.NAME, CravackSettings.OAUTH_HOOK);
    static final StreamKind COMMANDS = StreamKind.command(CravackApp.NAME);
    private static final Pattern LINK = Pattern.compile("<(http[^|>]+)\\|Connect your Strava account>");
    private static final AtomicInteger MEMBERS = new AtomicInteger();

    final byte[] tokenKey = new byte[32];
    final FakeStrava strava = FakeStrava.start();
    final FreshDatabase db;
    final ConsumerFixture consumer;
    final GatewayFixture gateway;
    final FakeSlack slack;
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private CravackBot(FreshDatabase db) {
        new SecureRandom().nextBytes(tokenKey);
        this.db = db;
        this.consumer = new ConsumerFixture();
        this.slack = consumer.slack;
        slack.workspace().addChannel(new Workspace.Channel(CHANNEL, "running", false, false, false, null));
        int port = freePort();
        Map<String, String> env = settings("http://127.0.0.1:" + port);
        Map<String, String> gatewayEnv = new HashMap<>(env);
        gatewayEnv.putAll(Map.of("PORT", Integer.toString(port), "REDIS_URL", consumer.redis.url(),
                "REDIS_KEY_PREFIX", consumer.keys.prefix()));
        this.gateway = GatewayFixture.start(gatewayEnv, List.of(new CravackApp()));
        consumer.start(env, List.of(new CravackApp()));
        strava.subscribe(gateway.base().resolve("/hooks/cravack/strava"));
    }

    /** Call from {@code @BeforeEach}: without a PostgreSQL the test is skipped, not miscounted. */
    static CravackBot start() {
        return new CravackBot(PostgresServer.shared().freshDatabase());
    }

    /** Cravack's settings, as an operator sets them. */
    Map<String, String> settings(String publicUrl) {
        Map<String, String> settings = new HashMap<>(Map.of("DATABASE_URL", db.databaseUrl(),
                "CRAVACK_STRAVA_CLIENT_ID", FakeStrava.CLIENT_ID,
                "CRAVACK_STRAVA_CLIENT_SECRET", FakeStrava.CLIENT_SECRET, "CRAVACK_VERIFY_TOKEN", VERIFY_TOKEN,
                "CRAVACK_CHANNEL", CHANNEL, "CRAVACK_TOKEN_KEY", Base64.getEncoder().encodeToString(tokenKey),
                "PUBLIC_URL", publicUrl, "STRAVA_API_URL", strava.apiUrl(), "STRAVA_OAUTH_URL", strava.oauthUrl()));
        // PUBLIC_URL is also the web pages' setting, which the platform wants with its key
        settings.put("WEB_SESSION_KEY", "web-session-key-" + UUID.randomUUID());
        return settings;
    }

    /** A new person in the workspace and the activities channel, with a Strava athlete of their own. */
    Member newMember() {
        int n = MEMBERS.incrementAndGet();
        String user = "U0M" + n;
        slack.workspace().addUser(new Workspace.User(user, "member" + n, "Member " + n, false));
        slack.workspace().join(CHANNEL, user);
        long athlete = 7_000_000L + n;
        strava.addAthlete(athlete, "Ada" + n, "Runner");
        return new Member(user, athlete, "Ada" + n + " Runner");
    }

    record Member(String userId, long athleteId, String name) {
        String dmChannel() {
            return "D" + userId.substring(1);
        }
    }

    /** Runs {@code /cravack <text>} as {@code user} through the gateway; the one answer to its response URL. */
    ResponseUrls.Response slash(String user, String text) {
        String id = UUID.randomUUID().toString();
        String form = InteractivePayloads.command(ConnectCommands.COMMAND, text).user(user, user.toLowerCase())
                .responseUrl(slack.responseUrl(id)).form();
        var res = gateway.client().postForm("/slack/commands", form);
        if (res.statusCode() != 200) {
            throw new AssertionError("gateway answered " + res.statusCode() + ": " + res.body());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !slack.responses(id).isEmpty());
        return slack.responses(id).getFirst();
    }

    /** {@code /cravack connect}'s link to Strava's authorize page. */
    URI connectLink(String user) {
        Matcher m = LINK.matcher(slash(user, "connect").text());
        if (!m.find()) {
            throw new AssertionError("no connect link in the answer");
        }
        return URI.create(m.group(1));
    }

    /** The browser at Strava's authorize page, the athlete signed in there and approving: where Strava redirects. */
    URI approveAtStrava(URI link, long athleteId) {
        strava.signIn(athleteId);
        HttpResponse<String> res = browse(link);
        if (res.statusCode() != 302) {
            throw new AssertionError("Strava answered " + res.statusCode() + ": " + res.body());
        }
        return URI.create(res.headers().firstValue("Location").orElseThrow());
    }

    /** The whole flow, and the confirmation DM awaited. */
    void connect(Member m) {
        HttpResponse<String> page = browse(approveAtStrava(connectLink(m.userId()), m.athleteId()));
        if (page.statusCode() != 200) {
            throw new AssertionError("callback answered " + page.statusCode() + ": " + page.body());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> dmsTo(m).stream()
                .anyMatch(c -> c.param("text").contains("is connected")));
    }

    HttpResponse<String> browse(URI uri) {
        try {
            return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(uri.getPath() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<Call> dmsTo(Member m) {
        return consumer.postsIn(m.dmChannel());
    }

    List<Call> channelPosts() {
        return consumer.postsIn(CHANNEL);
    }

    /** Posts in the channel of one activity (its link is in the blocks). */
    List<Call> postsOf(long activityId) {
        return channelPosts().stream().filter(c -> c.param("blocks").contains("/activities/" + activityId + "|"))
                .toList();
    }

    List<Call> calls(String method, String channel, String ts) {
        return consumer.calls(method, c -> channel.equals(c.param("channel")) && ts.equals(c.param("ts")));
    }

    /** The message of an activity as it stands in the fake workspace. */
    java.util.Optional<Workspace.Message> messageOf(long activityId) {
        return slack.workspace().messages(CHANNEL).stream()
                .filter(m -> m.blocks != null && m.blocks.contains("/activities/" + activityId + "|")).findFirst();
    }

    /** Waits until the consumer has settled everything in the stream so far. */
    void awaitSettled(StreamKind kind) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            var last = consumer.commands.xrevrange(consumer.keys.stream(kind), Range.create("-", "+"),
                    io.lettuce.core.Limit.from(1));
            return last.isEmpty() || consumer.settled(kind, last.getFirst().getId());
        });
    }

    long entries(StreamKind kind) {
        return consumer.commands.xlen(consumer.keys.stream(kind));
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        gateway.close();
        consumer.close();
        strava.close();
    }
}
