package dev.gopherbot.bgtasks.apps;

import dev.gopherbot.app.AppDefinition.JobReg;
import dev.gopherbot.app.job.Fence;
import dev.gopherbot.app.job.JobContext;
import dev.gopherbot.bgtasks.jobs.CalendarJob;
import dev.gopherbot.bgtasks.jobs.Job;
import dev.gopherbot.bgtasks.jobs.ScheduleStore;
import dev.gopherbot.bgtasks.jobs.Task;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.common.schedule.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** An app's declared job as the runner knows it, named {@code <app>.<job>} in logs and Redis keys. */
public final class AppJobs {
    private AppJobs() {
    }

    public static Task of(String app, JobReg job, Lease lease, ScheduleStore schedules, Clock clock) {
        String name = app + "." + job.name();
        return job.schedule().fixedPeriod()
                .<Task>map(period -> new Interval(name, period, job, lease, clock))
                .orElseGet(() -> new Calendar(name, job, lease, schedules));
    }

    /** {@code every …}: due again a period after the last run; no state in Redis. */
    private record Interval(String name, Duration interval, JobReg job, Lease lease, Clock clock) implements Job {
        @Override
        public void run() throws Exception {
            job.handler().run(new JobContext(clock.instant(), new Fence(lease.key(), lease.token()), effect -> {
                throw new UnsupportedOperationException("effect markers are keyed by due time: give job \""
                        + name + "\" a calendar schedule to use them");
            }));
        }
    }

    /** A calendar schedule: once per due time, with effect markers for a run repeated after a crash. */
    private record Calendar(String name, JobReg job, Lease lease, ScheduleStore schedules) implements CalendarJob {
        @Override
        public Schedule schedule() {
            return job.schedule();
        }

        @Override
        public void run(Instant due) throws Exception {
            job.handler().run(new JobContext(due, new Fence(lease.key(), lease.token()),
                    effect -> schedules.claimEffect(this, due, effect)));
        }
    }
}
