package dev.gopherbot.simulator.apps;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.simulator.TwoApps;
import dev.gopherbot.simulator.events.RecordingGateway;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two apps in one workspace: each its own bot, its own events URL, its own signature, its own DMs. */
class SeveralAppsIT {
    private final TwoApps apps = new TwoApps();

    @AfterEach
    void stop() {
        apps.close();
    }

    @Test
    void aMentionInAChannelReachesEveryAppThereEachSignedWithItsOwnSecretAndNamingItsOwnBot() {
        apps.post("/sim/messages", "{\"user\":\"U0ALICE\",\"channel\":\"C0GENERAL\",\"text\":\"@ossi new docs\"}");

        RecordingGateway.Request ossi = apps.awaitRequest("/slack/ossi/events", r -> true);
        RecordingGateway.Request gopherbot = apps.awaitRequest("/slack/gopherbot/events", r -> true);
        assertEquals("<@U0OSSI> new docs", ossi.json().path("event").path("text").asText());
        assertEquals("A0OSSI", ossi.json().path("api_app_id").asText());
        assertEquals("U0OSSI", ossi.json().path("authorizations").get(0).path("user_id").asText());
        assertEquals("A0GOPHERBOT", gopherbot.json().path("api_app_id").asText());
        assertEquals(signature(TwoApps.OSSI_SECRET, ossi), ossi.header("X-Slack-Signature"));
        assertEquals(signature(TwoApps.GOPHERBOT_SECRET, gopherbot), gopherbot.header("X-Slack-Signature"));
        assertTrue(!ossi.json().path("event_id").asText().equals(gopherbot.json().path("event_id").asText()),
                "each app's copy has its own event id");
    }

    @Test
    void aDirectMessageGoesOnlyToTheAppItIsWith() {
        String dm = apps.post("/sim/dms", "{\"user\":\"U0BOB\",\"app\":\"ossi\"}").path("channel").asText();

        apps.post("/sim/messages", "{\"user\":\"U0BOB\",\"channel\":\"" + dm + "\",\"text\":\"list\"}");

        JsonNode event = apps.awaitRequest("/slack/ossi/events", r -> true).json().path("event");
        assertEquals("im", event.path("channel_type").asText());
        assertEquals(dm, event.path("channel").asText());
        assertTrue(apps.gateway.requests("/slack/gopherbot/events").isEmpty(), "the other app is not in that DM");
        assertTrue(apps.state("U0BOB").path("channels").findValuesAsText("bot").contains("U0OSSI"));
    }

    @Test
    void theAppsAreOnlineOnceEachHasCalledAuthTestWithItsToken() throws Exception {
        assertEquals("U0OSSI", apps.ossi.authTest(r -> r).getUserId());
        assertEquals(503, apps.get("/sim/bot-online").statusCode(), "gopherbot has not called yet");

        assertEquals("U0GOPHERBOT", apps.gopherbot.authTest(r -> r).getUserId());

        assertEquals(200, apps.get("/sim/bot-online").statusCode());
        JsonNode listed = apps.state("U0ALICE").path("apps");
        assertEquals(List.of("gopherbot", "ossi"), listed.findValuesAsText("name"));
        assertEquals(List.of("/ossi"), List.of(listed.get(1).path("commands").get(0).asText()),
                "a command SIM_COMMANDS does not list is /<app>");
    }

    @Test
    void editingAProfileSendsUserChangeToEveryAppAndUsersInfoShowsIt() throws Exception {
        apps.post("/sim/profile", "{\"user\":\"U0CAROL\",\"realName\":\"Carol S.\",\"title\":\"Gopher wrangler\","
                + "\"statusText\":\"riding a train\",\"statusEmoji\":\":train:\"}");

        await().atMost(Duration.ofSeconds(5)).until(() -> apps.gateway.requests().size() == 2);
        Set<String> paths = apps.gateway.requests().stream().map(RecordingGateway.Request::path)
                .collect(Collectors.toSet());
        assertEquals(Set.of("/slack/gopherbot/events", "/slack/ossi/events"), paths);
        JsonNode user = apps.gateway.requests().getFirst().json().path("event");
        assertEquals("user_change", user.path("type").asText());
        assertEquals("Carol S.", user.path("user").path("real_name").asText());
        assertEquals("riding a train", user.path("user").path("profile").path("status_text").asText());
        var info = apps.ossi.usersInfo(r -> r.user("U0CAROL")).getUser();
        assertEquals("Gopher wrangler", info.getProfile().getTitle());
        assertEquals(":train:", info.getProfile().getStatusEmoji());
    }

    /** Slack's recipe, computed here rather than with the simulator's signer. */
    private static String signature(String secret, RecordingGateway.Request r) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + r.header("X-Slack-Request-Timestamp") + ":"
                    + r.body()).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
