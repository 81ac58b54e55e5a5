package dev.gopherbot.common.schedule;

import java.time.Duration;

/** When a job runs. (Placeholder until calendar schedules land: fixed intervals only.) */
public sealed interface Schedule {
    record Every(Duration period) implements Schedule {
    }

    static Schedule every(Duration period) {
        return new Every(period);
    }
}
