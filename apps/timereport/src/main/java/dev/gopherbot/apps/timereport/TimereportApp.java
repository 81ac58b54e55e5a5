package dev.gopherbot.apps.timereport;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.apps.timereport.api.TimeReportApi;
import dev.gopherbot.apps.timereport.command.ActionParser;
import dev.gopherbot.apps.timereport.confirm.ConfirmFlow;
import dev.gopherbot.apps.timereport.confirm.Delivery;
import dev.gopherbot.apps.timereport.confirm.PendingActions;
import dev.gopherbot.apps.timereport.ingress.ChangeCommands;
import dev.gopherbot.apps.timereport.ingress.HelpText;
import dev.gopherbot.apps.timereport.ingress.TimereportCheck;
import dev.gopherbot.apps.timereport.list.MonthList;
import dev.gopherbot.apps.timereport.locks.LockedMonths;
import dev.gopherbot.apps.timereport.types.ReportTypes;
import dev.gopherbot.apps.timereport.types.TypesFile;
import java.util.UUID;

/**
 * Time reporting by slash command (the timereport-slack bot on this platform): {@code /timereport add|list|delete|
 * lock|help}. The gateway checks each command and answers a change with a confirmation prompt; Confirm is delivered
 * to the time-report API by the consumer, retried while the API is away, and answered in the prompt's place. See
 * docs/apps/timereport.md.
 */
public final class TimereportApp implements App {
    public static final String NAME = "timereport";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(AppContext app) {
        TimereportSettings settings = TimereportSettings.from(app.env());
        ReportTypes types = TypesFile.loadDefault();
        ActionParser parser = new ActionParser(types);
        LockedMonths locks = new LockedMonths(app.redis(), app.keys());
        TimeReportApi api = new TimeReportApi(app.http(), settings.apiUrl(), settings.apiToken(),
                settings.apiTimeout());
        TimereportCheck check = new TimereportCheck(parser, locks, settings.zone(),
                new HelpText(app.definition(), types), () -> UUID.randomUUID().toString());

        ChangeCommands changes = new ChangeCommands(check);
        app.add(changes);
        app.add(new MonthList(api, parser, locks, types, settings.zone()));
        app.add("ChangeCommands.help", changes.help());
        app.add(new ConfirmFlow(new PendingActions(parser), new Delivery(api, locks), app.redis(), app.keys()));
    }
}
