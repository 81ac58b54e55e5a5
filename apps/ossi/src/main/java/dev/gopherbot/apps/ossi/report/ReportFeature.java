package dev.gopherbot.apps.ossi.report;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.app.job.JobContext;
import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.apps.ossi.contribution.Months;
import dev.gopherbot.apps.ossi.slack.Managers;
import dev.gopherbot.common.schedule.Schedule;
import dev.gopherbot.common.slack.SlackCallFailed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly report: on demand ({@code /ossi report YYYY-MM}, managers only) and on the 1st of every month for the
 * month before, posted exactly once per month by the bgtasks leader.
 */
public final class ReportFeature implements Feature {
    public static final String JOB = "monthly-report";
    private static final Logger log = LoggerFactory.getLogger(ReportFeature.class);

    private final String command;
    private final MonthlyReport report;
    private final ReportClaims claims;
    private final Managers managers;
    private final Schedule schedule;
    private final ZoneId zone;

    public ReportFeature(String command, MonthlyReport report, Managers managers, DataSource db, Clock clock,
                         Schedule schedule, ZoneId zone) {
        this.command = command;
        this.report = report;
        this.claims = new ReportClaims(db, clock);
        this.managers = managers;
        this.schedule = schedule;
        this.zone = zone;
    }

    @Override
    public void register(Registrar r) {
        r.slash(command, "report", "report YYYY-MM",
                "Posts the month's spreadsheet of accepted contributions to the managers (managers only)",
                this::onDemand);
        r.job(JOB, schedule, "Posts the previous month's report to the managers on the 1st", this::scheduled);
    }

    private Outcome onDemand(SlashContext ctx) throws Exception {
        Optional<YearMonth> month = Months.parse(ctx.argument());
        if (month.isEmpty()) {
            // the gateway's check answers this; an entry from before a deploy may still arrive
            ctx.respond("Which month? `" + command + " report " + Months.FORMAT + "`, e.g. `" + command
                    + " report 2026-10`.");
            return Outcome.done();
        }
        if (!managers.isManager(ctx.userId())) {
            ctx.respond("Reports are for the members of <#" + managers.channel() + ">. `" + command
                    + " list` shows your own contributions.");
            return Outcome.done();
        }
        MonthlyReport.Posted posted = report.post(month.get());
        ctx.respond(posted == MonthlyReport.Posted.SPREADSHEET
                ? "The report for " + month.get() + " is in <#" + report.channel() + ">."
                : "No contributions in " + month.get() + " to report; I said so in <#" + report.channel() + ">.");
        return Outcome.done();
    }

    /** Names the month from the due time, never from the clock: a run retried on the 2nd still reports on the 1st's. */
    void scheduled(JobContext ctx) throws Exception {
        YearMonth month = YearMonth.from(ctx.due().atZone(zone)).minusMonths(1);
        if (!claims.claim(month, ctx.due())) {
            log.atInfo().addKeyValue("month", month).log("monthly report already posted");
            return;
        }
        MonthlyReport.Posted posted;
        try {
            posted = report.post(month);
        } catch (Exception e) {
            claims.release(month);
            if (e instanceof SlackCallFailed f && f.kind() == SlackCallFailed.Kind.RATE_LIMITED) {
                throw new RetryLater("Slack rate-limited " + f.method(), f.retryAfter());
            }
            throw e;
        }
        log.atInfo().addKeyValue("month", month).addKeyValue("posted", posted).log("monthly report posted");
    }
}
