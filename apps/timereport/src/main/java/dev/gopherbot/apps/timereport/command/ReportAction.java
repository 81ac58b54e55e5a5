package dev.gopherbot.apps.timereport.command;

import dev.gopherbot.apps.timereport.types.ReportType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/** A change to someone's time report, as checked at ingress and confirmed by them. */
public sealed interface ReportAction {
    /** The months the change touches: none of them may be locked. */
    Set<YearMonth> months();

    /** {@code add <type> <date or range> [hours]}: {@code hours} on each weekday of the period. */
    record Add(ReportType type, Period period, int hours) implements ReportAction {
        @Override
        public Set<YearMonth> months() {
            return period.months();
        }
    }

    /** {@code delete <date> [type]}: every entry of that day, or only those of {@code type}. */
    record Delete(LocalDate date, Optional<ReportType> type) implements ReportAction {
        @Override
        public Set<YearMonth> months() {
            return Set.of(YearMonth.from(date));
        }
    }

    /** {@code lock YYYY-MM}: no more changes to the month. */
    record Lock(YearMonth month) implements ReportAction {
        @Override
        public Set<YearMonth> months() {
            return Set.of(month);
        }
    }
}
