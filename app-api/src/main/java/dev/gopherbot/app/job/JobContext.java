package dev.gopherbot.app.job;

import java.time.Instant;

/**
 * One run of a job.
 *
 * @param due     the time this run is for: a calendar job's scheduled time (the same when a run cut off by a crash
 *                runs again under the next leader, so effects can be keyed by it), or when an interval job ran
 * @param fence   the lease this run holds; a write that must not happen after leadership moved goes through it
 * @param effects the effect markers of this job and due time (calendar jobs only)
 */
public record JobContext(Instant due, Fence fence, Effects effects) {
    /** Claims effects of one run. */
    @FunctionalInterface
    public interface Effects {
        boolean claim(String effect);
    }

    /**
     * True the first time it is asked for this job, due time and {@code effect} (e.g. {@code post-report}), false
     * ever after, so a run repeated after a crash skips what already happened. Ask right before the effect: a crash
     * between the two loses that one effect rather than repeating it.
     */
    public boolean claimEffect(String effect) {
        return effects.claim(effect);
    }
}
