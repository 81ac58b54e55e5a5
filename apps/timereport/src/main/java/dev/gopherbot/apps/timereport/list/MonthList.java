package dev.gopherbot.apps.timereport.list;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.apps.timereport.api.ApiAnswer;
import dev.gopherbot.apps.timereport.api.MonthReport;
import dev.gopherbot.apps.timereport.api.TimeReportApi;
import dev.gopherbot.apps.timereport.command.ActionParser;
import dev.gopherbot.apps.timereport.command.Dates;
import dev.gopherbot.apps.timereport.command.InvalidInput;
import dev.gopherbot.apps.timereport.command.Usage;
import dev.gopherbot.apps.timereport.locks.LockedMonths;
import dev.gopherbot.apps.timereport.reply.Replies;
import dev.gopherbot.apps.timereport.types.ReportTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * {@code /timereport list [YYYY-MM]}, in the consumer: reads the month from the time-report API and shows it to the
 * user ({@link MonthView}). The month's {@code locked} flag refreshes the gateway's lock cache on the way.
 */
public final class MonthList implements Feature {
    private final TimeReportApi api;
    private final ActionParser parser;
    private final LockedMonths locks;
    private final MonthView view;
    private final ZoneId zone;

    public MonthList(TimeReportApi api, ActionParser parser, LockedMonths locks, ReportTypes types, ZoneId zone) {
        this.api = api;
        this.parser = parser;
        this.locks = locks;
        this.view = new MonthView(types);
        this.zone = zone;
    }

    @Override
    public void register(Registrar r) {
        r.slash(Usage.COMMAND, Usage.LIST, "list [YYYY-MM]",
                "Shows your month: days, types, hours and the total (this month if left out)", this::list);
    }

    private Outcome list(SlashContext ctx) {
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(ctx.request().receivedAtMs()), zone);
        YearMonth month;
        try {
            month = parser.listMonth(ctx.argument(), today);
        } catch (InvalidInput e) {
            ctx.respond(":warning: " + e.getMessage()); // the gateway's check answers this first, normally
            return Outcome.done();
        }
        return switch (api.list(ctx.userId(), month)) {
            case ApiAnswer.Ok<MonthReport> ok -> {
                locks.record(ctx.userId(), month, ok.value().locked());
                Replies.respondOrDm(ctx::respond, ctx.slack(), ctx.userId(), view.render(ok.value()));
                yield Outcome.done();
            }
            case ApiAnswer.Refused<MonthReport> r -> {
                Replies.respondOrDm(ctx::respond, ctx.slack(), ctx.userId(), Response.ephemeral(
                        ":x: Could not read your time report for " + Dates.monthName(month)
                                + ": the time-report service refused (" + Markup.escape(r.reason()) + ")."));
                yield Outcome.discard("time-report API answered " + r.status() + " to a list: " + r.reason());
            }
            case ApiAnswer.Unavailable<MonthReport> u -> Outcome.retry("time-report API: " + u.reason());
        };
    }
}
