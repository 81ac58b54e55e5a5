package dev.gopherbot.app.job;

import java.time.Instant;

/**
 * One run of a job.
 *
 * @param due   the time this run is for: the scheduled time of a calendar job (the same on a retry, so a job can key
 *              its effects by it), or when an interval job became due
 * @param fence the lease this run holds; a write that must not happen after leadership moved compares it in the
 *              same script ({@link Fence})
 */
public record JobContext(Instant due, Fence fence) {
}
