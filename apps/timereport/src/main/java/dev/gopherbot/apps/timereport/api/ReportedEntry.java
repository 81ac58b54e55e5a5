package dev.gopherbot.apps.timereport.api;

import java.time.LocalDate;

/** One day's entry as the time-report API stores it. */
public record ReportedEntry(LocalDate date, String type, int hours) {
}
