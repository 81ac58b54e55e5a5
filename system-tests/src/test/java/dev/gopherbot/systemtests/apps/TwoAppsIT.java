package dev.gopherbot.systemtests.apps;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.apps.gopherbot.GopherbotApp;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.gateway.GatewayApp;
import dev.gopherbot.testkit.redis.RedisServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.GatewayClient;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.SlackPayloads;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Slack apps in one deployment (the community bot and the example app), each with its own signing secret: each
 * answers at its own URLs, its events land in its own streams and reach only its own handlers.
 */
class TwoAppsIT {
    private static final String GOPHERBOT_SECRET = "gopherbot-secret-" + System.nanoTime();
    private static final String KUDOS_SECRET = "kudos-secret-" + System.nanoTime();
    private static final Keys KEYS = new Keys("two-apps:");
    private static final List<App> APPS = List.of(new GopherbotApp(), new KudosApp());

    private static final RedisServer redis = RedisServer.startEphemeral();
    private static final FakeSlack slack = FakeSlack.start();
    private static GatewayApp gateway;
    private static ConsumerApp consumer;
    private static GatewayClient asGopherbot;
    private static GatewayClient asKudos;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void start() {
        Map<String, String> vars = new HashMap<>(Map.of("PORT", "0", "REDIS_URL", redis.url(),
                "REDIS_KEY_PREFIX", KEYS.prefix(), "SLACK_API_URL", slack.apiUrl(), "BOT_ENV", "production",
                "GOPHERBOT_SLACK_SIGNING_SECRET", GOPHERBOT_SECRET, "KUDOS_SLACK_SIGNING_SECRET", KUDOS_SECRET,
                // one fake workspace, one fake token: each app still reads its own setting
                "GOPHERBOT_SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "KUDOS_SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN,
                "LOG_FORMAT", "text"));
        gateway = GatewayApp.start(new Env(vars), APPS);
        consumer = ConsumerApp.start(new Env(vars), APPS);
        URI base = URI.create("http://127.0.0.1:" + gateway.port());
        asGopherbot = new GatewayClient(base, GOPHERBOT_SECRET);
        asKudos = new GatewayClient(base, KUDOS_SECRET);
        client = RedisClient.create(redis.url());
        connection = client.connect();
    }

    @AfterAll
    static void stop() {
        connection.close();
        client.shutdown();
        consumer.close();
        gateway.close();
        slack.close();
        redis.close();
    }

    @Test
    void aRequestSignedWithOneAppsSecretIsRefusedAtTheOtherAppsUrl() {
        String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "kudos to the reviewers").envelope();
        long kudosBefore = length(StreamKind.messagePublic(KudosApp.NAME));

        assertEquals(401, asKudos.postEvent("/slack/gopherbot/events", body, 0).statusCode());
        assertEquals(401, asGopherbot.postEvent("/slack/kudos/events", body, 0).statusCode());
        assertEquals(404, asGopherbot.postEvent(body).statusCode(), "several apps: no app answers at /slack/events");
        assertEquals(kudosBefore, length(StreamKind.messagePublic(KudosApp.NAME)));
        assertEquals(0, length(StreamKind.messagePublic(GopherbotApp.NAME)));
    }

    @Test
    void anEventReachesOnlyTheAppItWasSentTo() {
        String text = "kudos for the release notes";
        String ts = slack.workspace().post("C0GENERAL", "U0BOB", text, null, null).ts;
        long kudosBefore = length(StreamKind.messagePublic(KudosApp.NAME));

        assertEquals(200, asKudos.postEvent("/slack/kudos/events",
                SlackPayloads.message("C0GENERAL", "U0BOB", text).ts(ts).envelope(), 0).statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> tadas().size() == 1);
        assertEquals(kudosBefore + 1, length(StreamKind.messagePublic(KudosApp.NAME)));
        assertEquals(0, length(StreamKind.messagePublic(GopherbotApp.NAME)));
    }

    @Test
    void eachAppAnswersItsOwnSlashCommandAndNotTheOthers() throws Exception {
        String give = InteractivePayloads.command(KudosApp.COMMAND, "give alice for the review")
                .responseUrl(slack.responseUrl("give-1")).form();

        assertEquals(200, asKudos.postForm("/slack/kudos/commands", give).statusCode());
        await().atMost(Duration.ofSeconds(10)).until(() -> !slack.responses("give-1").isEmpty());
        assertTrue(slack.responses("give-1").getFirst().text().contains("gives kudos to alice for the review"));
        assertEquals("in_channel", slack.responses("give-1").getFirst().responseType());

        HttpResponse<String> elsewhere = asGopherbot.postForm("/slack/gopherbot/commands",
                InteractivePayloads.command(KudosApp.COMMAND, "give bob").form());
        assertTrue(elsewhere.body().contains("unknown command"), elsewhere.body());
        assertEquals(0, length(StreamKind.command(GopherbotApp.NAME)));
    }

    @Test
    void theAppsCheckAnswersABadCommandAtOnceAndNothingIsStored() {
        long before = length(StreamKind.command(KudosApp.NAME));

        HttpResponse<String> response = asKudos.postForm("/slack/kudos/commands",
                InteractivePayloads.command(KudosApp.COMMAND, "give").form());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Whom?"), response.body());
        assertTrue(response.body().contains("\"ephemeral\""), response.body());
        assertEquals(before, length(StreamKind.command(KudosApp.NAME)));
    }

    private static List<Call> tadas() {
        return slack.calls("reactions.add").stream().filter(c -> "tada".equals(c.param("name"))).toList();
    }

    private static long length(StreamKind kind) {
        return connection.sync().xlen(KEYS.stream(kind));
    }
}
