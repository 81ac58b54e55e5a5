package dev.gopherbot.apps.usersync.events;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.usersync.Rows;
import dev.gopherbot.apps.usersync.UsersyncFixture;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.consumer.deadletters.DeadLetterCommand;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped in the middle of a stream of events and started again (a server of the test's own, whose data
 * survives the restart): nothing the consumer acknowledged is lost.
 */
class DatabaseRestartIT {
    private Path dataDirectory;
    private PostgresServer server;
    private FreshDatabase db;
    private UsersyncFixture app;

    @BeforeEach
    void startServer() throws IOException {
        PostgresServer.shared(); // skips the test, with the reason, where PostgreSQL cannot run at all
        dataDirectory = Files.createTempDirectory("usersync-restart-");
        server = PostgresServer.startKeeping(dataDirectory, 0);
        db = server.freshDatabase();
    }

    @AfterEach
    void stopAll() throws IOException {
        if (app != null) {
            app.close();
        }
        server.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void changesAcceptedWhileTheDatabaseIsDownAreAllAppliedOnceItIsBack() {
        app = UsersyncFixture.start(db, Map.of("MAX_DELIVERIES", "100"));
        Rows rows = app.rows;
        joinMembers(0, 10);
        await().atMost(Duration.ofSeconds(15)).until(() -> rows.all().size() == 10);

        int port = server.port();
        server.close();
        joinMembers(10, 30);
        await().atMost(Duration.ofSeconds(15)).until(() -> app.pending(UsersyncFixture.TEAM_JOIN) > 0);
        server = PostgresServer.startKeeping(dataDirectory, port);

        await().atMost(Duration.ofSeconds(60)).until(() -> rows.all().size() == 30
                && app.pending(UsersyncFixture.TEAM_JOIN) == 0);
        for (int i = 0; i < 30; i++) {
            assertEquals("Member " + i, rows.user(id(i)).orElseThrow().realName());
        }
        assertEquals(List.of(), app.deadLetterErrors(UsersyncFixture.TEAM_JOIN));
    }

    @Test
    void changesThatOutlastTheRetryBudgetWaitInTheDeadLettersAndAreAppliedWhenRequeued() {
        app = UsersyncFixture.start(db, Map.of("MAX_DELIVERIES", "1"));
        int port = server.port();
        server.close();
        joinMembers(0, 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> app.deadLetterErrors(UsersyncFixture.TEAM_JOIN).size()
                == 3);
        assertTrue(app.deadLetterErrors(UsersyncFixture.TEAM_JOIN).getFirst().contains("PostgreSQL"),
                app.deadLetterErrors(UsersyncFixture.TEAM_JOIN).getFirst());
        server = PostgresServer.startKeeping(dataDirectory, port);

        assertEquals(0, requeueAll());
        // as an operator would: a change that died again while the pool was still reconnecting is requeued again
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            if (!app.deadLetterErrors(UsersyncFixture.TEAM_JOIN).isEmpty()) {
                requeueAll();
            }
            return app.rows.all().size() == 3 && app.pending(UsersyncFixture.TEAM_JOIN) == 0;
        });
        assertEquals(List.of(), app.deadLetterErrors(UsersyncFixture.TEAM_JOIN));
    }

    /** {@code dead-letters requeue <stream> --all}, as an operator runs it; returns its exit status. */
    private int requeueAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new DeadLetterCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                List.of(UsersyncFixture.TEAM_JOIN)).run(List.of("requeue", UsersyncFixture.TEAM_JOIN.wireName(),
                "--all"), new Env(Map.of("REDIS_URL", app.consumer.redis.url(), "REDIS_KEY_PREFIX",
                app.consumer.keys.prefix())));
    }

    private void joinMembers(int from, int to) {
        for (int i = from; i < to; i++) {
            app.post(user(id(i)).realName("Member " + i).updated(1_700_000_000L + i).teamJoin());
        }
    }

    private static String id(int i) {
        return String.format("U2%04d", i);
    }
}
