package dev.gopherbot.bgtasks.jobs;

/**
 * What the {@link JobRunner} runs while this process leads: a {@link Job}, every interval from the start of each
 * leader term, or a {@link CalendarJob}, once per due time of its schedule across leader changes. Sealed, so the
 * runner has an answer for every kind.
 */
public sealed interface Task permits Job, CalendarJob {
    /** Short and stable: it appears in logs and in Redis keys. */
    String name();
}
