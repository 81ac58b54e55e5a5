package dev.gopherbot.apps.ossi;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.apps.ossi.contribution.ContributionStore;
import dev.gopherbot.apps.ossi.contribution.Notices;
import dev.gopherbot.apps.ossi.list.ListCommand;
import dev.gopherbot.apps.ossi.report.MonthlyReport;
import dev.gopherbot.apps.ossi.report.ReportFeature;
import dev.gopherbot.apps.ossi.report.SlackFileUpload;
import dev.gopherbot.apps.ossi.review.DecideFlow;
import dev.gopherbot.apps.ossi.slack.Managers;
import dev.gopherbot.apps.ossi.slack.People;
import dev.gopherbot.apps.ossi.submit.SubmitFlow;
import dev.gopherbot.apps.ossi.usage.Usage;
import javax.sql.DataSource;

/**
 * Open-source contributions (after Solita's ossi-bot): people register what they contributed with {@code /ossi new};
 * the managers' channel accepts or declines each once; accepted ones are announced in the public channel; the
 * managers get a spreadsheet of the month on the 1st. Stored in PostgreSQL ({@code db/ossi}). docs/apps/ossi.md has
 * the decisions.
 */
public final class OssiApp implements App {
    public static final String NAME = "ossi";
    /** The slash command configured in the Slack app. */
    public static final String COMMAND = "/ossi";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(AppContext app) {
        OssiSettings settings = OssiSettings.from(app.env());
        DataSource db = app.database();
        ContributionStore store = new ContributionStore(db);
        Notices notices = new Notices(db, app.clock());
        // Slack and HTTP open on first use: defining the app (in every process, and offline for tools) connects nowhere
        Managers managers = new Managers(app::slack, settings.managementChannel());
        MonthlyReport report = new MonthlyReport(store, app::slack, new SlackFileUpload(app::slack, app::http),
                settings.managementChannel(), settings.zone());

        app.add(new SubmitFlow(COMMAND, settings.managementChannel(), settings.zone(), store, notices,
                new People(app::slack), app.clock()));
        app.add(new ListCommand(COMMAND, store, managers, app.clock(), settings.zone()));
        app.add(new ReportFeature(COMMAND, report, managers, db, app.clock(), settings.reportSchedule(),
                settings.zone()));
        app.add(new Usage(COMMAND, app.definition()));
        app.add(new DecideFlow(settings.publicChannel(), store, notices, managers, app.clock()));
    }
}
