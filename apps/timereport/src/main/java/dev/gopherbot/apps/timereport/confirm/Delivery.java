package dev.gopherbot.apps.timereport.confirm;

import dev.gopherbot.app.message.Markup;
import dev.gopherbot.apps.timereport.api.ApiAnswer;
import dev.gopherbot.apps.timereport.api.TimeReportApi;
import dev.gopherbot.apps.timereport.command.Dates;
import dev.gopherbot.apps.timereport.command.ReportAction;
import dev.gopherbot.apps.timereport.command.Summaries;
import dev.gopherbot.apps.timereport.locks.LockedMonths;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a confirmed change to the time-report API and says what became of it, in words for the user: done, refused
 * (a 4xx: locked month, nothing to delete, a conflict), or not now (5xx, timeouts: the worker retries).
 */
public final class Delivery {
    /** What became of a change. */
    public sealed interface Result {
        /** Delivered; {@code text} tells the user. */
        record Done(String text) implements Result {
        }

        /**
         * The API refused; {@code text} tells the user. {@code problem} is set when the refusal is ours to fix (a bad
         * token, a request the API does not understand): the handler discards with it, so it is logged.
         */
        record Refused(String text, Optional<String> problem) implements Result {
        }

        record Unavailable(String reason) implements Result {
        }
    }

    private final TimeReportApi api;
    private final LockedMonths locks;

    public Delivery(TimeReportApi api, LockedMonths locks) {
        this.api = api;
        this.locks = locks;
    }

    public Result deliver(PendingAction pending) {
        String user = pending.user();
        String key = pending.idempotencyKey();
        ReportAction action = pending.action();
        return switch (action) {
            case ReportAction.Add add -> switch (api.create(user, add.type().name(), add.period().weekdays(),
                    add.hours(), key)) {
                case ApiAnswer.Ok<Void> ok -> new Result.Done(":white_check_mark: Added "
                        + Summaries.object(add) + ".");
                case ApiAnswer.Refused<Void> r -> refused(pending, r.status(), r.reason(), r.lockedMonth());
                case ApiAnswer.Unavailable<Void> u -> new Result.Unavailable("time-report API: " + u.reason());
            };
            case ReportAction.Delete delete -> switch (api.delete(user, delete.date(),
                    delete.type().map(t -> t.name()), key)) {
                case ApiAnswer.Ok<Integer> ok -> new Result.Done(ok.value() == 0 ? nothingToDelete(delete)
                        : ":wastebasket: Deleted " + entries(ok.value()) + " on " + Summaries.day(delete.date())
                        + delete.type().map(t -> " (" + t.name() + ")").orElse("") + ".");
                case ApiAnswer.Refused<Integer> r when r.status() == 404 -> new Result.Done(nothingToDelete(delete));
                case ApiAnswer.Refused<Integer> r -> refused(pending, r.status(), r.reason(), r.lockedMonth());
                case ApiAnswer.Unavailable<Integer> u -> new Result.Unavailable("time-report API: " + u.reason());
            };
            case ReportAction.Lock lock -> switch (api.lock(user, lock.month(), key)) {
                case ApiAnswer.Ok<Void> ok -> {
                    locks.lock(user, lock.month());
                    yield new Result.Done(":lock: Locked " + Dates.monthName(lock.month())
                            + ": no more changes to it.");
                }
                case ApiAnswer.Refused<Void> r -> refused(pending, r.status(), r.reason(), r.lockedMonth());
                case ApiAnswer.Unavailable<Void> u -> new Result.Unavailable("time-report API: " + u.reason());
            };
        };
    }

    private Result refused(PendingAction pending, int status, String reason, Optional<YearMonth> lockedMonth) {
        String couldNot = ":x: Could not " + Summaries.phrase(pending.action()) + ": ";
        return switch (status) {
            case 423 -> {
                // the API is the authority on locks: remember what it said, so the gateway refuses at once next time
                Set<YearMonth> months = lockedMonth.map(Set::of).orElse(pending.action().months().size() == 1
                        ? pending.action().months() : Set.of());
                months.forEach(m -> locks.lock(pending.user(), m));
                yield new Result.Refused(couldNot + (months.isEmpty() ? "the month is locked."
                        : Dates.monthName(months.iterator().next()) + " is locked."), Optional.empty());
            }
            case 409 -> new Result.Refused(couldNot + Markup.escape(reason) + ".", Optional.empty());
            case 401, 403 -> new Result.Refused(couldNot + "the time-report service did not accept the bot's "
                    + "credentials. Please tell whoever runs the bot.", Optional.of("time-report API answered "
                    + status + " (" + reason + "): check TIMEREPORT_API_TOKEN"));
            default -> new Result.Refused(couldNot + "the time-report service refused it (" + Markup.escape(reason)
                    + ").", Optional.of("time-report API answered " + status + ": " + reason));
        };
    }

    private static String nothingToDelete(ReportAction.Delete delete) {
        return "Nothing to delete: " + delete.type().map(t -> "no " + t.name()).orElse("nothing is reported")
                + " on " + Summaries.day(delete.date()) + ".";
    }

    private static String entries(int n) {
        return n == 1 ? "1 entry" : n + " entries";
    }
}
