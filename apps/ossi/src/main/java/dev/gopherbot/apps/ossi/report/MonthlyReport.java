package dev.gopherbot.apps.ossi.report;

import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.ContributionStore;
import dev.gopherbot.apps.ossi.contribution.Status;
import dev.gopherbot.common.slack.SlackCalls;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/** Posts a month's report to the management channel: the spreadsheet, or a line saying there is nothing to report. */
public final class MonthlyReport {
    /** What was posted. */
    public enum Posted {
        SPREADSHEET, NOTHING_TO_REPORT
    }

    private final ContributionStore store;
    private final Supplier<SlackCalls> slack;
    private final SlackFileUpload upload;
    private final String channel;
    private final ZoneId zone;

    public MonthlyReport(ContributionStore store, Supplier<SlackCalls> slack, SlackFileUpload upload, String channel,
                         ZoneId zone) {
        this.store = store;
        this.slack = slack;
        this.upload = upload;
        this.channel = channel;
        this.zone = zone;
    }

    public String channel() {
        return channel;
    }

    public Posted post(YearMonth month) throws Exception {
        List<Contribution> accepted = store.accepted(month);
        if (accepted.isEmpty()) {
            long pending = store.inMonth(month).stream().filter(c -> c.status() == Status.PENDING).count();
            String text = "No contributions in " + month + "." + (pending == 0 ? ""
                    : " (" + pending + " still pending: see `/ossi list " + month + "`.)");
            slack.get().call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).text(text)));
            return Posted.NOTHING_TO_REPORT;
        }
        long people = accepted.stream().map(Contribution::submitterId).distinct().count();
        upload.share(channel, ReportWorkbook.filename(month), "Open-source contributions " + month,
                "Open-source contributions in " + month + ": " + accepted.size() + " accepted, from " + people
                        + (people == 1 ? " person." : " people."),
                ReportWorkbook.build(month, accepted, zone));
        return Posted.SPREADSHEET;
    }
}
