package dev.gopherbot.apps.usersync;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.schedule.Schedule;
import java.time.Duration;

/**
 * The app's own settings (the platform's, such as {@code DATABASE_URL}, {@code WEB_SESSION_KEY} and
 * {@code PUBLIC_URL}, are read by the platform). A wrong value is a problem recorded in the environment: the process
 * stops at start with one line naming the setting.
 *
 * @param fullSyncSchedule {@code USERSYNC_FULL_SYNC_SCHEDULE}: when a full sync is requested
 * @param pageInterval     {@code USERSYNC_PAGE_INTERVAL}: time between two {@code users.list} pages of a full sync
 * @param retryAfter       {@code USERSYNC_RETRY_AFTER}: how long an event waits before its next attempt when
 *                         PostgreSQL failed
 * @param pageSize         {@code USERSYNC_DIRECTORY_PAGE_SIZE}: people per directory page
 */
public record UsersyncSettings(Schedule fullSyncSchedule, Duration pageInterval, Duration retryAfter, int pageSize) {
    public static final String DEFAULT_SCHEDULE = "daily 03:00 UTC";
    /** Tier 2 allows about 20 requests a minute: one every 3 s stays under it with room for other callers. */
    public static final Duration DEFAULT_PAGE_INTERVAL = Duration.ofSeconds(3);
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    public static final int DEFAULT_PAGE_SIZE = 50;

    public static UsersyncSettings from(Env env) {
        Schedule schedule;
        try {
            schedule = Schedule.parse(env.string("USERSYNC_FULL_SYNC_SCHEDULE", DEFAULT_SCHEDULE));
        } catch (IllegalArgumentException e) {
            env.problem("USERSYNC_FULL_SYNC_SCHEDULE: " + e.getMessage());
            schedule = Schedule.parse(DEFAULT_SCHEDULE);
        }
        return new UsersyncSettings(schedule,
                positive(env, "USERSYNC_PAGE_INTERVAL", DEFAULT_PAGE_INTERVAL, Duration.ofMinutes(10)),
                positive(env, "USERSYNC_RETRY_AFTER", DEFAULT_RETRY_AFTER, Duration.ofMinutes(10)),
                env.integer("USERSYNC_DIRECTORY_PAGE_SIZE", DEFAULT_PAGE_SIZE, 1, 500));
    }

    private static Duration positive(Env env, String name, Duration defaultValue, Duration max) {
        Duration d = env.duration(name, defaultValue);
        if (d.isNegative() || d.isZero() || d.compareTo(max) > 0) {
            env.problem(name + "=" + env.raw(name) + " is invalid: expected a duration above 0 and at most "
                    + max.toMinutes() + "m");
            return defaultValue;
        }
        return d;
    }
}
