package dev.gopherbot.apps.cravack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.cravack.tokens.TokenCipher;
import dev.gopherbot.testkit.strava.FakeActivity;
import dev.gopherbot.testkit.strava.StravaCall;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access tokens about to expire are refreshed before use, and the refresh token Strava answers with replaces the
 * used one (the fake, like Strava, accepts a refresh token once).
 */
class TokenRefreshIT {
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
    void anExpiringTokenIsRefreshedBeforeUseAndTheRotatedRefreshTokenIsWhatTheNextRefreshSpends() throws Exception {
        bot.strava.tokenLifetime(Duration.ofMinutes(1)); // inside the five minutes before expiry: refresh every use
        CravackBot.Member ada = bot.newMember();
        bot.connect(ada);

        post(ada, FakeActivity.run(ada.athleteId() * 10 + 1, ada.athleteId(), "First", 5000, 1500, 0));
        post(ada, FakeActivity.run(ada.athleteId() * 10 + 2, ada.athleteId(), "Second", 5000, 1500, 0));

        List<StravaCall> refreshes = bot.strava.calls("token").stream()
                .filter(c -> "refresh_token".equals(c.param("grant_type"))).toList();
        assertEquals(2, refreshes.size());
        assertTrue(refreshes.stream().allMatch(StravaCall::succeeded), "no refresh token was spent twice");
        assertNotEquals(refreshes.get(0).param("refresh_token"), refreshes.get(1).param("refresh_token"));
        List<StravaCall> fetches = bot.strava.calls("activity").stream().filter(StravaCall::succeeded).toList();
        assertNotEquals(fetches.get(fetches.size() - 2).bearer(), fetches.getLast().bearer(),
                "each fetch used the access token its refresh gave");
        String stored = new TokenCipher(bot.tokenKey).decrypt(storedRefreshToken(ada.athleteId()),
                "athlete:" + ada.athleteId() + ":refresh_token").reveal();
        assertTrue(refreshes.stream().noneMatch(r -> r.param("refresh_token").equals(stored)),
                "the stored refresh token is the newest, unspent one");
    }

    @Test
    void aTokenWithTimeLeftIsUsedAsItIs() {
        bot.strava.tokenLifetime(Duration.ofHours(6));
        CravackBot.Member ada = bot.newMember();
        bot.connect(ada);
        long refreshes = refreshCount();

        post(ada, FakeActivity.run(ada.athleteId() * 10 + 1, ada.athleteId(), "Easy", 5000, 1800, 0));

        assertEquals(refreshes, refreshCount());
    }

    private static void post(CravackBot.Member m, FakeActivity activity) {
        bot.strava.record(activity);
        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.postsOf(activity.id()).isEmpty());
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
    }

    private static long refreshCount() {
        return bot.strava.calls("token").stream().filter(c -> "refresh_token".equals(c.param("grant_type"))).count();
    }

    private static byte[] storedRefreshToken(long athleteId) throws Exception {
        try (Connection c = bot.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT refresh_token FROM cravack.athletes WHERE athlete_id = ?")) {
            s.setLong(1, athleteId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getBytes(1);
            }
        }
    }
}
