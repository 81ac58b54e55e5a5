package dev.gopherbot.apps.timereport.ingress;

import dev.gopherbot.app.ingress.SlashCheck;
import dev.gopherbot.app.ingress.SlashInvocation;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.apps.timereport.command.ActionParser;
import dev.gopherbot.apps.timereport.command.Dates;
import dev.gopherbot.apps.timereport.command.InvalidInput;
import dev.gopherbot.apps.timereport.command.ReportAction;
import dev.gopherbot.apps.timereport.command.Usage;
import dev.gopherbot.apps.timereport.confirm.PendingAction;
import dev.gopherbot.apps.timereport.confirm.Prompts;
import dev.gopherbot.apps.timereport.locks.LockedMonths;
import io.lettuce.core.RedisException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code /timereport} in the gateway, inside Slack's 3 s: a mistake gets its specific error at once and nothing
 * is enqueued; a valid {@code add}, {@code delete} or {@code lock} is answered with the confirmation prompt (the
 * Confirm click is what reaches the consumer); {@code help} is answered here too; a valid {@code list} is enqueued,
 * because reading the month needs the time-report API.
 *
 * <p>No I/O but one Redis read: the months the user locked ({@link LockedMonths}). If Redis does not answer, the check
 * lets the change through to the prompt: the API refuses changes to a locked month itself, at Confirm.
 */
public final class TimereportCheck implements SlashCheck {
    private static final Logger log = LoggerFactory.getLogger(TimereportCheck.class);

    private final ActionParser parser;
    private final LockedMonths locks;
    private final ZoneId zone;
    private final Supplier<String> help;
    private final Supplier<String> promptIds;

    /**
     * @param zone      where "today" is
     * @param help      the help text (generated from the registrations once they are complete)
     * @param promptIds a fresh, unguessable id per prompt
     */
    public TimereportCheck(ActionParser parser, LockedMonths locks, ZoneId zone, Supplier<String> help,
                           Supplier<String> promptIds) {
        this.parser = parser;
        this.locks = locks;
        this.zone = zone;
        this.help = help;
        this.promptIds = promptIds;
    }

    @Override
    public Optional<Response> check(SlashInvocation invocation) {
        LocalDate today = LocalDate.ofInstant(invocation.receivedAt(), zone);
        try {
            return switch (invocation.subcommand()) {
                case Usage.HELP -> Optional.of(Response.ephemeral(help.get()));
                case Usage.LIST -> {
                    parser.listMonth(invocation.argument(), today);
                    yield Optional.empty();
                }
                case Usage.ADD, Usage.DELETE, Usage.LOCK -> {
                    ReportAction action = parser.parse(invocation.subcommand(), invocation.argument(), today);
                    refuseLocked(invocation.userId(), action);
                    yield Optional.of(Prompts.prompt(new PendingAction(promptIds.get(), invocation.userId(),
                            action)));
                }
                // the gateway answers subcommands nobody registered before it asks the check
                default -> Optional.empty();
            };
        } catch (InvalidInput e) {
            return Optional.of(Response.ephemeral(":warning: " + e.getMessage()));
        }
    }

    private void refuseLocked(String user, ReportAction action) throws InvalidInput {
        Set<YearMonth> locked;
        try {
            locked = locks.lockedOf(user, action.months());
        } catch (RedisException e) {
            log.warn("locked months unknown, the time-report API will judge: {}", e.toString());
            return;
        }
        if (locked.isEmpty()) {
            return;
        }
        List<String> names = locked.stream().map(Dates::monthName).toList();
        if (action instanceof ReportAction.Lock) {
            throw new InvalidInput(names.getFirst() + " is already locked.");
        }
        throw new InvalidInput(String.join(" and ", names) + (names.size() == 1 ? " is" : " are")
                + " locked: no more changes to " + (names.size() == 1 ? "it." : "them."));
    }
}
