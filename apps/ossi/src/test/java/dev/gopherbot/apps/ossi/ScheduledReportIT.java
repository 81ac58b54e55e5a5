package dev.gopherbot.apps.ossi;

import static dev.gopherbot.apps.ossi.OssiStack.ALICE;
import static dev.gopherbot.apps.ossi.OssiStack.BOB;
import static dev.gopherbot.apps.ossi.OssiStack.MANAGEMENT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.ossi.report.ReportFeature;
import dev.gopherbot.apps.ossi.review.ReviewViews;
import dev.gopherbot.bgtasks.BgTasksApp;
import dev.gopherbot.bgtasks.BgTasksConfig;
import dev.gopherbot.bgtasks.MutableClock;
import dev.gopherbot.bgtasks.jobs.ScheduleStore;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report on the 1st, run by bgtasks: two instances share a test clock set just after 09:00 Helsinki time on
 * 1 November 2026, and the test moves leadership from one to the other, as a restart or a dyno change would.
 */
class ScheduledReportIT {
    /** 09:00 in Helsinki (EET, UTC+2) on 1 November 2026: the report on October is due. */
    private static final Instant DUE = Instant.parse("2026-11-01T07:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String JOB = OssiApp.NAME + "." + ReportFeature.JOB;

    private final MutableClock clock = new MutableClock(DUE.plus(Duration.ofMinutes(1)));
    private final List<BgTasksApp> instances = new ArrayList<>();
    private OssiStack ossi;

    @BeforeEach
    void start() {
        ossi = new OssiStack().withConsumer();
    }

    @AfterEach
    void stop() {
        instances.forEach(BgTasksApp::close);
        ossi.close();
    }

    @Test
    void aReportThatFailedUnderOneLeaderIsPostedOnceByTheNext() throws Exception {
        accepted("Fixed a leak", "M");
        accepted("Wrote a tutorial", "S");
        // Slack fails to share the file while the first leader runs the due time
        ossi.slack.api().failAlways("files.completeUploadExternal", Failure.serverError(500));
        BgTasksApp first = bgtasks("bgtasks.1");
        await().atMost(PATIENCE).until(() -> !failedCalls("files.completeUploadExternal").isEmpty());
        bgtasks("bgtasks.2");
        assertTrue(leader().startsWith("bgtasks.1:"), leader());

        ossi.slack.api().stopFailing();
        first.close(); // a restart: the lease is released and the standby takes over
        instances.remove(first);
        await().atMost(PATIENCE).until(() -> completedBy().startsWith("bgtasks.2:"));

        assertEquals(1, ossi.slack.sharedFiles().size(), "posted once, by the second leader");
        assertEquals(1, ossi.slack.calls("files.completeUploadExternal").size());
        assertEquals("ossi-contributions-2026-10.xlsx", ossi.slack.sharedFiles().getFirst().filename());
        assertEquals(MANAGEMENT, ossi.slack.sharedFiles().getFirst().channel());
        assertEquals("Open-source contributions in 2026-10: 2 accepted, from 1 person.",
                ossi.slack.sharedFiles().getFirst().comment());
        assertEquals(List.of(Map.of("month", "2026-10")), ossi.rows("SELECT month FROM ossi.monthly_reports"));
    }

    @Test
    void aDueTimeRunAgainByTheNextLeaderDoesNotPostTheMonthAgain() throws Exception {
        BgTasksApp first = bgtasks("bgtasks.1");
        await().atMost(PATIENCE).until(() -> completedBy().startsWith("bgtasks.1:"));
        assertEquals(List.of("No contributions in 2026-10."), texts(ossi.posts(MANAGEMENT)));

        // the schedule's state in Redis is lost (or an operator resets it): the next leader runs the due time again
        ossi.commands.hdel(ScheduleStore.key(ossi.keys, JOB), "completed");
        bgtasks("bgtasks.2");
        first.close();
        instances.remove(first);
        await().atMost(PATIENCE).until(() -> completedBy().startsWith("bgtasks.2:"));

        assertEquals(List.of("No contributions in 2026-10."), texts(ossi.posts(MANAGEMENT)), "still once");
        assertEquals(List.of(), ossi.slack.sharedFiles());
    }

    private BgTasksApp bgtasks(String dyno) {
        Map<String, String> vars = ossi.env();
        vars.put("HEROKU_DYNO_ID", dyno);
        vars.put("REDIS_TIMEOUT", "500ms");
        vars.put("BGTASKS_LEASE", "1500ms");
        vars.put("BGTASKS_MAX_BACKOFF", "2s");
        Env env = new Env(vars);
        BgTasksApp app = BgTasksApp.start(BgTasksConfig.from(env).withClock(clock), env, List.of(new OssiApp()));
        instances.add(app);
        return app;
    }

    private void accepted(String description, String size) throws Exception {
        long id = ossi.submitted(ALICE, description, size, "2026-10");
        ossi.click(BOB, ReviewViews.ACCEPT, id, "accept-" + id);
        await().atMost(PATIENCE).until(() -> ossi.contribution(id).get("status").equals("ACCEPTED"));
    }

    private String leader() {
        String value = ossi.commands.get(BgTasksApp.leaderKey(ossi.keys));
        return value == null ? "" : value;
    }

    private String completedBy() {
        Map<String, String> state = ossi.commands.hgetall(ScheduleStore.key(ossi.keys, JOB));
        return DUE.toString().replace("Z", ".000Z").equals(state.get("completed"))
                ? state.getOrDefault("completed_by", "") : "";
    }

    private List<Call> failedCalls(String method) {
        return ossi.slack.calls().stream().filter(c -> c.method().equals(method) && !c.succeeded()).toList();
    }

    private static List<String> texts(List<Call> posts) {
        return posts.stream().map(c -> c.param("text")).toList();
    }
}
