package dev.gopherbot.apps.cravack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.cravack.tokens.TokenCipher;
import dev.gopherbot.common.web.TokenSigner;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.strava.FakeActivity;
import dev.gopherbot.testkit.strava.StravaCall;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connecting a Strava account, end to end: {@code /cravack connect} through the gateway, the browser at Strava and
 * back at the gateway's OAuth callback, the code exchanged by the consumer, tokens in PostgreSQL, a DM in Slack.
 */
class ConnectIT {
    private static CravackBot bot;

    @BeforeEach
    void start() {
        if (bot == null) {
            bot = CravackBot.start();
        }
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void connectingExchangesTheCodeOnceStoresTheAthleteAndTellsThePersonInSlack() throws Exception {
        CravackBot.Member ada = bot.newMember();
        URI link = bot.connectLink(ada.userId());
        assertTrue(link.getQuery().contains("scope=activity:read"), link.getQuery());
        assertTrue(link.getQuery().contains("redirect_uri=" + bot.gateway.base() + "/hooks/cravack/oauth"));

        URI callback = bot.approveAtStrava(link, ada.athleteId());
        HttpResponse<String> page = bot.browse(callback);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The bot will tell you in Slack"), page.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.dmsTo(ada).isEmpty());
        assertTrue(bot.dmsTo(ada).getFirst().param("text").contains("connected as *" + ada.name() + "*"));
        assertEquals(1, exchanges(callback));
        assertEquals(Optional.of(ada.userId()), slackUserOf(ada.athleteId()));
    }

    @Test
    void aStateIsUsedOnceAReloadRepeatsThePageAndNeitherExchangesAgainNorRebinds() throws Exception {
        CravackBot.Member ada = bot.newMember();
        CravackBot.Member mallory = bot.newMember();
        URI callback = bot.approveAtStrava(bot.connectLink(ada.userId()), ada.athleteId());
        long before = bot.entries(CravackBot.OAUTH);
        bot.browse(callback);
        bot.awaitSettled(CravackBot.OAUTH);
        // the same state with a code for another athlete: a replay of Ada's link
        URI replay = URI.create(callback.toString().replaceAll("code=[^&]+",
                "code=" + bot.strava.approve(mallory.athleteId(), "read,activity:read")));

        HttpResponse<String> again = bot.browse(callback);
        HttpResponse<String> replayed = bot.browse(replay);
        bot.awaitSettled(CravackBot.OAUTH);

        assertEquals(200, again.statusCode());
        assertEquals(200, replayed.statusCode());
        assertEquals(before + 1, bot.entries(CravackBot.OAUTH), "one entry for Ada's state");
        assertEquals(1, exchanges(callback));
        assertEquals(0, exchanges(replay), "the replayed code was never exchanged");
        assertEquals(Optional.of(ada.userId()), slackUserOf(ada.athleteId()));
        assertEquals(Optional.empty(), slackUserOf(mallory.athleteId()));
    }

    @Test
    void aStateQueuedAgainAfterItWasUsedOnlyRepeatsTheConfirmation() throws Exception {
        CravackBot.Member ada = bot.newMember();
        URI callback = bot.approveAtStrava(bot.connectLink(ada.userId()), ada.athleteId());
        bot.browse(callback);
        bot.awaitSettled(CravackBot.OAUTH);

        // as if the gateway's dedup window had passed: the entry reaches the consumer a second time
        bot.consumer.append(CravackBot.OAUTH, "replay-" + ada.userId(), Instant.now().getEpochSecond(),
                callback.getRawQuery());
        bot.awaitSettled(CravackBot.OAUTH);

        assertEquals(1, exchanges(callback));
        assertEquals(2, bot.dmsTo(ada).stream().filter(c -> c.param("text").contains("is connected")).count());
    }

    @Test
    void aForgedStateIsRefusedWithAPageAndNothingIsQueued() {
        long before = bot.entries(CravackBot.OAUTH);

        HttpResponse<String> page = bot.browse(bot.gateway.base().resolve(
                "/hooks/cravack/oauth?state=forged.state&code=abc&scope=read,activity:read"));

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("This link does not work"), page.body());
        assertEquals(before, bot.entries(CravackBot.OAUTH));
    }

    @Test
    void anExpiredStateIsRefusedWithAPageSayingSo() {
        TokenSigner signer = new TokenSigner(TokenCipher.stateSigningKey(bot.tokenKey));
        String expired = signer.sign("strava-connect", Instant.now().minusSeconds(1), List.of("nonce1", "U0ALICE"));

        HttpResponse<String> page = bot.browse(bot.gateway.base().resolve(
                "/hooks/cravack/oauth?state=" + expired + "&code=abc&scope=read,activity:read"));

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("This link has expired"), page.body());
    }

    @Test
    void aSignedStateThatWasNeverIssuedIsNotExchangedAndThePersonIsToldToAskAgain() throws Exception {
        CravackBot.Member ada = bot.newMember();
        TokenSigner signer = new TokenSigner(TokenCipher.stateSigningKey(bot.tokenKey));
        String state = signer.sign("strava-connect", Instant.now().plusSeconds(60), List.of("never-issued",
                ada.userId()));
        String code = bot.strava.approve(ada.athleteId(), "read,activity:read");

        HttpResponse<String> page = bot.browse(bot.gateway.base().resolve(
                "/hooks/cravack/oauth?state=" + state + "&code=" + code + "&scope=read,activity:read"));

        assertEquals(200, page.statusCode());
        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.dmsTo(ada).isEmpty());
        assertTrue(bot.dmsTo(ada).getFirst().param("text").contains("expired or was already used"));
        assertEquals(0, exchanges(code));
        assertEquals(Optional.empty(), slackUserOf(ada.athleteId()));
    }

    @Test
    void cancellingAtStravaShowsAPageAndQueuesNothing() {
        long before = bot.entries(CravackBot.OAUTH);

        HttpResponse<String> page = bot.browse(bot.gateway.base().resolve(
                "/hooks/cravack/oauth?state=whatever&error=access_denied"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("nothing was connected"), page.body());
        assertEquals(before, bot.entries(CravackBot.OAUTH));
    }

    @Test
    void anAthleteWhoUntickedActivitiesIsAskedToConnectAgainWithThePermission() {
        CravackBot.Member ada = bot.newMember();
        URI callback = bot.approveAtStrava(bot.connectLink(ada.userId()), ada.athleteId());
        URI withoutActivities = URI.create(callback.toString().replaceAll("scope=[^&]+", "scope=read"));
        long before = bot.entries(CravackBot.OAUTH);

        HttpResponse<String> page = bot.browse(withoutActivities);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("View data about your activities"), page.body());
        assertEquals(before, bot.entries(CravackBot.OAUTH));
    }

    @Test
    void tokensAtRestAreSealedTheDatabaseHoldsNeitherTokenAndAnotherKeyCannotOpenThem() throws Exception {
        CravackBot.Member ada = bot.newMember();
        bot.connect(ada);
        bot.strava.record(FakeActivity.run(ada.athleteId() * 10, ada.athleteId(), "Tempo", 8000, 2400, 40));
        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.postsOf(ada.athleteId() * 10).isEmpty());
        // the access token the app used at Strava, as Strava received it
        String accessToken = bot.strava.calls("activity").getLast().bearer();

        byte[][] stored = storedTokens(ada.athleteId());

        for (byte[] column : stored) {
            String asText = new String(column, StandardCharsets.ISO_8859_1);
            assertFalse(asText.matches("(?s).*[0-9a-f]{40}.*"), "a token-shaped string is stored in clear");
        }
        String context = "athlete:" + ada.athleteId() + ":access_token";
        assertEquals(accessToken, new TokenCipher(bot.tokenKey).decrypt(stored[0], context).reveal());
        byte[] otherKey = bot.tokenKey.clone();
        otherKey[0] ^= 1;
        assertThrows(TokenCipher.Unreadable.class, () -> new TokenCipher(otherKey).decrypt(stored[0], context));
        // sealed for its row and column: Ada's access token does not open as her refresh token
        assertThrows(TokenCipher.Unreadable.class, () -> new TokenCipher(bot.tokenKey).decrypt(stored[0],
                "athlete:" + ada.athleteId() + ":refresh_token"));
    }

    @Test
    void disconnectingRevokesAtStravaWithTheAthletesTokenAndDeletesTheTokens() throws Exception {
        CravackBot.Member ada = bot.newMember();
        bot.connect(ada);
        long before = revocations();

        String answer = bot.slash(ada.userId(), "disconnect").text();

        assertTrue(answer.startsWith("Disconnected"), answer);
        assertEquals(before + 1, revocations());
        assertFalse(bot.strava.isAuthorized(ada.athleteId()));
        assertEquals(Optional.empty(), slackUserOf(ada.athleteId()));
        assertTrue(bot.slash(ada.userId(), "disconnect").text().contains("no Strava account connected"));
    }

    @Test
    void someoneJoiningTheChannelWithoutAnAccountGetsAConnectLinkByDm() {
        CravackBot.Member ada = bot.newMember();

        bot.gateway.client().postEvent(SlackPayloads.memberJoinedChannel(SlackPayloads.newEventId(), ada.userId(),
                CravackBot.CHANNEL));

        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.dmsTo(ada).isEmpty());
        assertTrue(bot.dmsTo(ada).getFirst().param("text").contains("|Connect your Strava account>"));
    }

    /** Successful code exchanges of the code in {@code callback} (or of {@code code} itself). */
    private static long exchanges(URI callback) {
        return exchanges(param(callback, "code"));
    }

    private static long exchanges(String code) {
        return bot.strava.calls("token").stream().filter(StravaCall::succeeded)
                .filter(c -> "authorization_code".equals(c.param("grant_type")) && code.equals(c.param("code")))
                .count();
    }

    private static long revocations() {
        return bot.strava.calls("deauthorize").stream().filter(StravaCall::succeeded).count();
    }

    private static String param(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri.getPath());
    }

    private static Optional<String> slackUserOf(long athleteId) throws Exception {
        try (Connection c = bot.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT slack_user_id FROM cravack.athletes WHERE athlete_id = ?")) {
            s.setLong(1, athleteId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static byte[][] storedTokens(long athleteId) throws Exception {
        try (Connection c = bot.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT access_token, refresh_token FROM cravack.athletes WHERE athlete_id = ?")) {
            s.setLong(1, athleteId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "athlete " + athleteId + " is stored");
                return new byte[][] {r.getBytes(1), r.getBytes(2)};
            }
        }
    }
}
