package dev.gopherbot.bgtasks.apps;

import dev.gopherbot.app.AppDefinition.JobReg;
import dev.gopherbot.app.job.Fence;
import dev.gopherbot.app.job.JobContext;
import dev.gopherbot.bgtasks.jobs.Job;
import dev.gopherbot.bgtasks.leader.Lease;
import dev.gopherbot.common.schedule.Schedule;
import java.time.Clock;
import java.time.Duration;

/** An app's declared job, run by the leader: named {@code <app>.<job>} in logs and keys. */
public final class AppJob implements Job {
    private final String name;
    private final JobReg job;
    private final Lease lease;
    private final Clock clock;

    public AppJob(String app, JobReg job, Lease lease, Clock clock) {
        this.name = app + "." + job.name();
        this.job = job;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration interval() {
        return switch (job.schedule()) {
            case Schedule.Every every -> every.period();
        };
    }

    @Override
    public void run() throws Exception {
        job.handler().run(new JobContext(clock.instant(), new Fence(lease.key(), lease.token())));
    }
}
