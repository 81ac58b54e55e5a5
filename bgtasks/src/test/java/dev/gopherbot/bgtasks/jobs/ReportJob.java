package dev.gopherbot.bgtasks.jobs;

import dev.gopherbot.common.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The calendar job the ITs run: counts every run, and its one effect (behind an effect marker), per due time. */
final class ReportJob implements CalendarJob {
    /** What the job does after its effect; a test pauses or fails it there. */
    @FunctionalInterface
    interface MidRun {
        MidRun NOTHING = (due, attempt) -> { };

        void after(Instant due, int attempt) throws Exception;
    }

    /** Runs and effects per due time, shared by every instance's copy of the job (so thread-safe). */
    static final class Tally {
        private final Map<Instant, AtomicInteger> runs = new ConcurrentHashMap<>();
        private final Map<Instant, AtomicInteger> effects = new ConcurrentHashMap<>();

        Map<Instant, Integer> runs() {
            return snapshot(runs);
        }

        Map<Instant, Integer> effects() {
            return snapshot(effects);
        }

        int runsOf(Instant due) {
            return runs.getOrDefault(due, new AtomicInteger()).get();
        }

        private static Map<Instant, Integer> snapshot(Map<Instant, AtomicInteger> m) {
            Map<Instant, Integer> copy = new TreeMap<>();
            m.forEach((due, n) -> copy.put(due, n.get()));
            return copy;
        }
    }

    private final Schedule schedule;
    private final Tally tally;
    private final ScheduleStore store;
    private final MidRun midRun;

    ReportJob(Schedule schedule, Tally tally, ScheduleStore store, MidRun midRun) {
        this.schedule = schedule;
        this.tally = tally;
        this.store = store;
        this.midRun = midRun;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    /** An hour, so that yesterday's due time is past it and a test starting before today's runs nothing at first. */
    @Override
    public Duration catchUp() {
        return Duration.ofHours(1);
    }

    @Override
    public void run(Instant due) throws Exception {
        int attempt = tally.runs.computeIfAbsent(due, d -> new AtomicInteger()).incrementAndGet();
        if (store.claimEffect(this, due, "post")) {
            tally.effects.computeIfAbsent(due, d -> new AtomicInteger()).incrementAndGet();
        }
        midRun.after(due, attempt);
    }
}
