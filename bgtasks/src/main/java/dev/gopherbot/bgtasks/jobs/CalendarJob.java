package dev.gopherbot.bgtasks.jobs;

import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.common.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;

/**
 * A job that runs once per due time of its {@link Schedule}, e.g. {@code monthly 1 09:00 Europe/Helsinki} for last
 * month's report, whichever bgtasks instance leads when it is due. What the runner promises (docs/bgtasks.md, "Calendar
 * jobs"):
 * <ul>
 * <li>a due time is claimed in Redis before it runs and marked completed after, both fenced by the lease, so one
 *     leader at a time runs it and nobody runs it again once it completed;</li>
 * <li>a run cut off by a crash (claimed, not completed) runs again under the next leader, with the same {@code due}:
 *     make each effect idempotent per due time, e.g. with {@link ScheduleStore#claimEffect};</li>
 * <li>due times missed while no leader was up are not all replayed: the latest one runs once, if it is no older than
 *     {@link #catchUp()};</li>
 * <li>a failing run is retried with the runner's backoff for the same due time until it completes, the next due time
 *     arrives, or it gets older than {@link #catchUp()}.</li>
 * </ul>
 * Failures are reported as for {@link Job}: throw, or throw {@link RetryLater}.
 */
public non-sealed interface CalendarJob extends Task {
    /** The default catch-up window: the latest due time stays worth running until the next one replaces it. */
    Duration UNTIL_NEXT_DUE = Duration.ofSeconds(Long.MAX_VALUE);

    Schedule schedule();

    /**
     * How late a due time may still start: a daily digest nobody wants after noon says {@code Duration.ofHours(3)}.
     * Also decides whether a new job (nothing in Redis yet) runs its latest due time when first deployed.
     */
    default Duration catchUp() {
        return UNTIL_NEXT_DUE;
    }

    /** @param due the due time this run is for (not "now"): name the period it covers after it, key effects by it */
    void run(Instant due) throws Exception;
}
