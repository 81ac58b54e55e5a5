package dev.gopherbot.apps.usersync.events;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.apps.usersync.Rows.Row;
import dev.gopherbot.apps.usersync.UsersyncFixture;
import dev.gopherbot.testkit.postgres.PostgresServer;
import dev.gopherbot.testkit.slack.SlackPayloads;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** user_change and team_join posted to the gateway, handled by the consumer, stored in PostgreSQL. */
class UserEventsIT {
    /** One gateway, consumer and database for the class (each test has users of its own): starting them is slow. */
    private static UsersyncFixture app;

    @BeforeEach
    void start() {
        if (app == null) {
            // from @BeforeEach, not @BeforeAll: without PostgreSQL the tests are reported skipped, not uncounted
            app = UsersyncFixture.start(PostgresServer.shared().freshDatabase(), Map.of());
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Test
    void aUserChangeStoresEveryFieldTheDirectoryShows() {
        app.post(user("U0ALICE").name("alice").realName("Alice Liddell").displayName("ali").title("Staff Engineer")
                .status(":train:", "riding a train").avatar("https://avatars.slack-edge.com/alice_72.png")
                .updated(1_700_000_100).userChange());

        Row row = await().atMost(Duration.ofSeconds(10)).until(() -> app.rows.user("U0ALICE"), r -> r.isPresent())
                .orElseThrow();
        assertEquals(new Row(SlackPayloads.TEAM_ID, "U0ALICE", "alice", "Alice Liddell", "ali", "Staff Engineer",
                "Europe/Helsinki", "riding a train", ":train:", "https://avatars.slack-edge.com/alice_72.png", false,
                false, 1_700_000_100), row);
    }

    @Test
    void outOfOrderChangesEndWithTheNewestBySlacksClockNotByArrival() {
        app.post(user("U0BOB").title("third").updated(1_700_000_300).userChange());
        app.post(user("U0BOB").title("first").updated(1_700_000_100).userChange());
        app.post(user("U0BOB").title("second").updated(1_700_000_200).userChange());

        awaitAllHandled();
        Row row = app.rows.user("U0BOB").orElseThrow();
        assertEquals("third", row.title());
        assertEquals(1_700_000_300, row.updated());
    }

    @Test
    void aChangeWithTheSameUpdatedTimeAsTheStoredRowIsDropped() {
        app.post(user("U0CAROL").title("kept").updated(1_700_000_100).userChange());
        awaitAllHandled();
        app.post(user("U0CAROL").title("same second, dropped").updated(1_700_000_100).userChange());

        awaitAllHandled();
        assertEquals("kept", app.rows.user("U0CAROL").orElseThrow().title());
    }

    @Test
    void aRetriedDeliveryOfTheSameEventIsEnqueuedOnceAndStoredOnce() {
        String eventId = SlackPayloads.newEventId();
        String body = SlackPayloads.userChange(eventId, user("U0DAVE").title("once").updated(1_700_000_100).json());
        app.post(body);
        assertEquals(200, app.gateway.client().postEvent(body, 1).statusCode());

        awaitAllHandled();
        assertEquals(1, app.consumer.commands.xrange(app.consumer.keys.stream(UsersyncFixture.USER_CHANGE),
                Range.create("-", "+")).stream().filter(e -> eventId.equals(e.getBody().get("event_id"))).count());
        assertEquals("once", app.rows.user("U0DAVE").orElseThrow().title());
    }

    @Test
    void aDeactivationIsStoredAsDeletedAndAReactivationWithANewerTimeUndoesIt() {
        app.post(user("U0ERIN").updated(1_700_000_100).userChange());
        app.post(user("U0ERIN").deleted().updated(1_700_000_200).userChange());
        awaitAllHandled();
        assertTrue(app.rows.user("U0ERIN").orElseThrow().deleted());

        app.post(user("U0ERIN").updated(1_700_000_300).userChange());
        awaitAllHandled();
        assertFalse(app.rows.user("U0ERIN").orElseThrow().deleted());
    }

    @Test
    void aNewMembersTeamJoinAddsTheirRow() {
        app.post(user("U0FRANK").realName("Frank Newcomer").updated(1_700_000_100).teamJoin());

        await().atMost(Duration.ofSeconds(10)).until(() -> app.rows.user("U0FRANK").isPresent());
        assertEquals("Frank Newcomer", app.rows.user("U0FRANK").orElseThrow().realName());
    }

    @Test
    void aChangeThatArrivesLongAfterItHappenedIsStillApplied() {
        long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        app.post(SlackPayloads.envelope(SlackPayloads.newEventId(), anHourAgo, event(user("U0GRACE")
                .title("late but true").updated(anHourAgo).json())));

        await().atMost(Duration.ofSeconds(10)).until(() -> app.rows.user("U0GRACE").isPresent());
        assertEquals("late but true", app.rows.user("U0GRACE").orElseThrow().title());
    }

    @Test
    void aMalformedUserEndsInTheDeadLettersWithItsReason() {
        app.post(user("U0HEIDI").without("updated").userChange());

        await().atMost(Duration.ofSeconds(10)).until(() -> !app.deadLetterErrors(UsersyncFixture.USER_CHANGE)
                .isEmpty());
        String error = app.deadLetterErrors(UsersyncFixture.USER_CHANGE).getFirst();
        assertTrue(error.contains("malformed user in user_change: user U0HEIDI has no updated time"), error);
        assertTrue(app.rows.user("U0HEIDI").isEmpty());
    }

    @Test
    void twoConsumersApplyingChangesOfOneUserAtOnceKeepTheNewest() throws Exception {
        try (var peer = app.consumer.startPeer(UsersyncFixture.appEnv(app.db))) {
            List<Integer> versions = new ArrayList<>();
            for (int v = 1; v <= 120; v++) {
                versions.add(v);
            }
            Collections.shuffle(versions, new Random(17));
            ExecutorService senders = Executors.newFixedThreadPool(6);
            try {
                for (int v : versions) {
                    senders.submit(() -> app.post(user("U0RACE").title("version " + v)
                            .updated(1_700_000_000L + v).userChange()));
                }
            } finally {
                senders.shutdown();
                assertTrue(senders.awaitTermination(30, TimeUnit.SECONDS));
            }
            awaitAllHandled();
        }
        Row row = app.rows.user("U0RACE").orElseThrow();
        assertEquals("version 120", row.title());
        assertEquals(1_700_000_120L, row.updated());
    }

    private static ObjectNode event(ObjectNode user) {
        ObjectNode event = new ObjectMapper().createObjectNode().put("type", "user_change");
        event.set("user", user);
        return event;
    }

    /** Waits until every user_change entry in the stream was read and acknowledged. */
    private void awaitAllHandled() {
        String stream = app.consumer.keys.stream(UsersyncFixture.USER_CHANGE);
        await().atMost(Duration.ofSeconds(20)).until(() -> app.consumer.settled(UsersyncFixture.USER_CHANGE,
                lastId(stream)) && app.pending(UsersyncFixture.USER_CHANGE) == 0);
    }

    private String lastId(String stream) {
        return app.consumer.commands.xrevrange(stream, Range.create("-", "+"), Limit.from(1)).getFirst().getId();
    }
}
