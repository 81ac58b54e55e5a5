package dev.gopherbot.apps.usersync.sync;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.common.schedule.Schedule;
import java.time.Duration;

/**
 * The full sync in bgtasks, as two jobs: {@code full-sync} on {@code USERSYNC_FULL_SYNC_SCHEDULE} only requests a
 * pass (a calendar schedule runs once per due time across bgtasks instances, and the request is keyed by that due
 * time, so a run repeated after a crash asks once); {@code full-sync-pages} works through the open pass one page per
 * run. The very first run requests the initial pass, and an operator can request one with
 * {@code usersync-full-sync} ({@link FullSyncCommand}); all three end in the same table and the same pages job.
 */
public final class FullSync implements Feature {
    private final SyncPasses passes;
    private final PageStep step;
    private final Schedule schedule;
    private final Duration pageInterval;

    public FullSync(SyncPasses passes, PageStep step, Schedule schedule, Duration pageInterval) {
        this.passes = passes;
        this.step = step;
        this.schedule = schedule;
        this.pageInterval = pageInterval;
    }

    @Override
    public void register(Registrar r) {
        r.job("full-sync", schedule, "Requests a full sync of the workspace's people (" + schedule + ")",
                ctx -> passes.request("schedule " + ctx.due()));
        r.job("full-sync-pages", Schedule.every(pageInterval), "Applies the next users.list page of the requested"
                + " full sync, one page every " + pageInterval.toMillis() + " ms", ctx -> step.run());
    }
}
