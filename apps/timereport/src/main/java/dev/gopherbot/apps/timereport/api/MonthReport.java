package dev.gopherbot.apps.timereport.api;

import java.time.YearMonth;
import java.util.List;

/** A person's month as the time-report API lists it. */
public record MonthReport(YearMonth month, boolean locked, List<ReportedEntry> entries) {
    public MonthReport {
        entries = List.copyOf(entries);
    }
}
