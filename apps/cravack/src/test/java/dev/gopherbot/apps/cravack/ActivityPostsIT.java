package dev.gopherbot.apps.cravack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.strava.FakeActivity;
import dev.gopherbot.testkit.strava.FakeStrava;
import dev.gopherbot.testkit.strava.StravaEvents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Strava's webhook, end to end: the fake Strava delivers events to the gateway, the consumer fetches the activity
 * with the athlete's token and posts, edits or removes its message in the channel. Every Slack effect is counted.
 */
class ActivityPostsIT {
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
    void aRecordedActivityIsAcknowledgedAtOnceAndPostedOnceWithItsSummary() {
        CravackBot.Member ada = connected();
        FakeActivity run = FakeActivity.run(activityId(ada, 1), ada.athleteId(), "Morning <Run>", 10_020, 3012, 121);

        FakeStrava.Delivery delivery = bot.strava.record(run);

        assertEquals(200, delivery.status());
        assertTrue(delivery.took().compareTo(Duration.ofSeconds(2)) < 0, "answered in " + delivery.took());
        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.postsOf(run.id()).isEmpty());
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        List<Call> posts = bot.postsOf(run.id());
        assertEquals(1, posts.size());
        String blocks = posts.getFirst().param("blocks");
        assertTrue(blocks.contains("<@" + ada.userId() + "> · *Run*"), blocks);
        assertTrue(blocks.contains("|Morning &lt;Run&gt;>"), blocks);
        assertTrue(blocks.contains("10.02 km") && blocks.contains("50:12") && blocks.contains("5:01 /km")
                && blocks.contains("121 m"), blocks);
        assertTrue(posts.getFirst().param("text").startsWith("Run: Morning &lt;Run&gt; — 10.02 km"));
    }

    @Test
    void aDeliveryRepeatedByStravaIsQueuedOnceAndPostedOnce() {
        CravackBot.Member ada = connected();
        FakeActivity ride = FakeActivity.run(activityId(ada, 1), ada.athleteId(), "Commute", 12_000, 1800, 30)
                .ofType("Ride");
        long before = bot.entries(CravackBot.STRAVA_EVENTS);
        FakeStrava.Delivery first = bot.strava.record(ride);

        FakeStrava.Delivery again = bot.strava.deliver(first.body());

        assertEquals(200, again.status());
        assertEquals(before + 1, bot.entries(CravackBot.STRAVA_EVENTS));
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        assertEquals(1, bot.postsOf(ride.id()).size());
        assertTrue(bot.postsOf(ride.id()).getFirst().param("blocks").contains("24.0 km/h"), "a ride shows speed");
    }

    @Test
    void anEditedActivityUpdatesItsMessageOnceAndPostsNothingNew() {
        CravackBot.Member ada = connected();
        FakeActivity run = posted(ada, FakeActivity.run(activityId(ada, 1), ada.athleteId(), "Morning Run", 5000,
                1500, 10));
        String ts = bot.messageOf(run.id()).orElseThrow().ts;

        assertEquals(200, bot.strava.update(run.named("Parkrun PB"), Map.of("title", "Parkrun PB")).status());

        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.calls("chat.update", CravackBot.CHANNEL, ts)
                .isEmpty());
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        assertEquals(1, bot.calls("chat.update", CravackBot.CHANNEL, ts).size());
        assertEquals(1, bot.postsOf(run.id()).size());
        assertTrue(bot.messageOf(run.id()).orElseThrow().blocks.contains("|Parkrun PB>"));
    }

    @Test
    void aDeletedActivityRemovesItsMessageOnce() {
        CravackBot.Member ada = connected();
        FakeActivity run = posted(ada, FakeActivity.run(activityId(ada, 1), ada.athleteId(), "Oops", 100, 60, 0));
        String ts = bot.messageOf(run.id()).orElseThrow().ts;

        assertEquals(200, bot.strava.delete(run).status());

        await().atMost(Duration.ofSeconds(10)).until(() -> bot.messageOf(run.id()).isEmpty());
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        assertEquals(1, bot.calls("chat.delete", CravackBot.CHANNEL, ts).size());
    }

    @Test
    void anActivityMadePrivateIsTakenDownAndAPrivateOneIsNeverPosted() {
        CravackBot.Member ada = connected();
        FakeActivity shared = posted(ada, FakeActivity.run(activityId(ada, 1), ada.athleteId(), "Shared", 3000, 900,
                5));
        FakeActivity secret = FakeActivity.run(activityId(ada, 2), ada.athleteId(), "Secret", 3000, 900, 5)
                .withVisibility("only_me");

        bot.strava.update(shared.withVisibility("only_me"), Map.of("private", "true"));
        bot.strava.record(secret);

        await().atMost(Duration.ofSeconds(10)).until(() -> bot.messageOf(shared.id()).isEmpty());
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        assertTrue(bot.postsOf(secret.id()).isEmpty());
    }

    @Test
    void anEventOfAnAthleteWhoIsNotConnectedIsAcknowledgedAndDropped() {
        bot.strava.addAthlete(99, "Stranger", "Danger");
        FakeActivity theirs = FakeActivity.run(990, 99, "Not for Slack", 1000, 300, 0);

        FakeStrava.Delivery delivery = bot.strava.record(theirs);

        assertEquals(200, delivery.status());
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        assertTrue(bot.strava.calls("activity").stream().noneMatch(c -> c.path().endsWith("/990")));
        assertTrue(bot.postsOf(theirs.id()).isEmpty());
    }

    @Test
    void anAthleteWhoRevokesTheAppAtStravaLosesTheirTokensAndIsToldByDm() {
        CravackBot.Member ada = connected();
        int dms = bot.dmsTo(ada).size();

        assertEquals(200, bot.strava.revoke(ada.athleteId()).status());

        await().atMost(Duration.ofSeconds(10)).until(() -> bot.dmsTo(ada).size() > dms);
        assertTrue(bot.dmsTo(ada).getLast().param("text").contains("removed Cravack's access"));
        // no longer connected: a later activity of theirs is dropped without asking Strava
        FakeActivity later = FakeActivity.run(activityId(ada, 9), ada.athleteId(), "After", 1000, 300, 0);
        bot.strava.record(later);
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        assertTrue(bot.postsOf(later.id()).isEmpty());
        assertTrue(bot.slash(ada.userId(), "disconnect").text().contains("no Strava account connected"));
    }

    @Test
    void aBodyThatIsNotAStravaEventIsRefusedAndNotQueued() {
        long before = bot.entries(CravackBot.STRAVA_EVENTS);

        assertEquals(400, bot.strava.deliver("{\"object_type\":\"club\"}").status());
        assertEquals(400, bot.strava.deliver(StravaEvents.event("activity", -1, "create", 5, Map.of(), 1)).status());

        assertEquals(before, bot.entries(CravackBot.STRAVA_EVENTS));
    }

    /** A connected member. */
    private static CravackBot.Member connected() {
        CravackBot.Member m = bot.newMember();
        bot.connect(m);
        return m;
    }

    /** Records the activity and waits for its post. */
    private static FakeActivity posted(CravackBot.Member m, FakeActivity activity) {
        bot.strava.record(activity);
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.messageOf(activity.id()).isPresent());
        bot.awaitSettled(CravackBot.STRAVA_EVENTS);
        return activity;
    }

    private static long activityId(CravackBot.Member m, int n) {
        return m.athleteId() * 100 + n;
    }
}
