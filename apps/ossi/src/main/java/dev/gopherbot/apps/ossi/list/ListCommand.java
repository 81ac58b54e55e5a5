package dev.gopherbot.apps.ossi.list;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.ContributionStore;
import dev.gopherbot.apps.ossi.contribution.Months;
import dev.gopherbot.apps.ossi.contribution.Status;
import dev.gopherbot.apps.ossi.slack.Managers;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /ossi list [YYYY-MM]}, answered to the caller only: their own contributions (of a month, or the latest);
 * a manager sees everyone's of the month (this month when none is given).
 */
public final class ListCommand implements Feature {
    /** Enough for a month of a large company; the monthly report has them all. */
    static final int MAX_LINES = 100;

    private final String command;
    private final ContributionStore store;
    private final Managers managers;
    private final Clock clock;
    private final ZoneId zone;

    public ListCommand(String command, ContributionStore store, Managers managers, Clock clock, ZoneId zone) {
        this.command = command;
        this.store = store;
        this.managers = managers;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void register(Registrar r) {
        r.slash(command, "list", "list [YYYY-MM]",
                "Lists your contributions (managers: everyone's of the month)", this::list);
    }

    private Outcome list(SlashContext ctx) throws Exception {
        Optional<YearMonth> month = Months.parse(ctx.argument()); // the gateway refused anything else
        if (managers.isManager(ctx.userId())) {
            YearMonth m = month.orElseGet(() -> Months.current(clock, zone));
            ctx.respond(everyone(m, store.inMonth(m)));
        } else {
            ctx.respond(own(month, store.ofSubmitter(ctx.userId(), month, MAX_LINES + 1)));
        }
        return Outcome.done();
    }

    private String own(Optional<YearMonth> month, List<Contribution> mine) {
        if (mine.isEmpty()) {
            return "You have no contributions" + month.map(m -> " in " + m).orElse("") + " yet. Register one with `"
                    + command + " new`.";
        }
        StringBuilder text = new StringBuilder(month.map(m -> "*Your contributions in " + m + "*")
                .orElse("*Your contributions*"));
        lines(text, mine, false);
        return text.toString();
    }

    private String everyone(YearMonth month, List<Contribution> all) {
        if (all.isEmpty()) {
            return "No contributions in " + month + " yet.";
        }
        Map<Status, Integer> counts = new TreeMap<>();
        all.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        StringBuilder text = new StringBuilder("*Contributions in " + month + "*: ");
        text.append(String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().verb())
                .toList()));
        lines(text, all, true);
        return text.toString();
    }

    private static void lines(StringBuilder text, List<Contribution> contributions, boolean withNames) {
        for (Contribution c : contributions.subList(0, Math.min(MAX_LINES, contributions.size()))) {
            text.append("\n• ").append(c.month()).append(" · *").append(c.status().verb()).append("* · ")
                    .append(c.size()).append(" · ");
            if (withNames) {
                text.append(Markup.escape(c.submitterName())).append(": ");
            }
            text.append(Markup.escape(c.description())).append(" ").append(Markup.escape(c.url()));
        }
        if (contributions.size() > MAX_LINES) {
            text.append("\n…and more: the monthly report has them all.");
        }
    }
}
