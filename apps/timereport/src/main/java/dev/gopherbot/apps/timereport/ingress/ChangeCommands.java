package dev.gopherbot.apps.timereport.ingress;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.app.handler.SlashRequest;
import dev.gopherbot.app.ingress.SlashInvocation;
import dev.gopherbot.apps.timereport.command.Usage;
import java.time.Instant;

/**
 * {@code add}, {@code delete}, {@code lock} and {@code help}, with the check that answers them in the gateway. The
 * handlers here run only if one of them reaches the consumer anyway (a gateway deployed without the check during a
 * rolling deploy): they give the same answer, through the response URL.
 */
public final class ChangeCommands implements Feature {
    private final TimereportCheck check;

    public ChangeCommands(TimereportCheck check) {
        this.check = check;
    }

    @Override
    public void register(Registrar r) {
        r.slash(Usage.COMMAND, Usage.ADD, "add <type> <date or range> [hours]",
                "Reports time off or overtime: a date (2026-11-24 or `today`) or a range (2026-12-21:2026-12-24, "
                        + "weekdays only, at most 31 days), 1-8 hours a day (8 if left out)", this::sameAnswer);
        r.slash(Usage.COMMAND, Usage.DELETE, "delete <date> [type]",
                "Deletes a day's entries, or only those of one type", this::sameAnswer);
        r.slash(Usage.COMMAND, Usage.LOCK, "lock YYYY-MM",
                "Locks a finished month: no more changes to it", this::sameAnswer);
        r.slashCheck(Usage.COMMAND, check);
    }

    /** Registered after {@code list}, so help lists it last. */
    public Feature help() {
        return r -> r.slash(Usage.COMMAND, Usage.HELP, "help", "Shows this help", this::sameAnswer);
    }

    private Outcome sameAnswer(SlashContext ctx) {
        SlashRequest request = ctx.request();
        check.check(new SlashInvocation(request.command(), request.subcommand(), request.argument(),
                request.userId(), request.channelId(), "", Instant.ofEpochMilli(request.receivedAtMs())))
                .ifPresent(ctx::respond);
        return Outcome.done();
    }
}
