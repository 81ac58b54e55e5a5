package dev.gopherbot.apps.ossi;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.schedule.Schedule;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The app's settings (README, "ossi").
 *
 * @param managementChannel {@code OSSI_MANAGEMENT_CHANNEL}: where cards are decided and reports posted; its members
 *                          are the managers
 * @param publicChannel     {@code OSSI_PUBLIC_CHANNEL}: where accepted contributions are announced
 * @param zone              {@code OSSI_TIME_ZONE}: what "this month" means, and the report schedule's zone
 * @param reportAt          {@code OSSI_REPORT_TIME}: when on the 1st the previous month's report is posted
 */
public record OssiSettings(String managementChannel, String publicChannel, ZoneId zone, LocalTime reportAt) {
    public static final String DEFAULT_ZONE = "Europe/Helsinki";
    public static final String DEFAULT_REPORT_TIME = "09:00";
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,}");

    public static OssiSettings from(Env env) {
        return new OssiSettings(channel(env, "OSSI_MANAGEMENT_CHANNEL"), channel(env, "OSSI_PUBLIC_CHANNEL"),
                zone(env), time(env));
    }

    /** The 1st of every month at {@link #reportAt} in {@link #zone}. */
    public Schedule reportSchedule() {
        return Schedule.monthly(1, reportAt, zone);
    }

    private static String channel(Env env, String name) {
        String value = env.raw(name);
        if (value == null || value.isBlank()) {
            env.problem(name + " is required but not set: the id of a channel, e.g. C0123ABCD");
            return "";
        }
        if (!CHANNEL_ID.matcher(value).matches()) {
            env.problem(name + "=" + value + " is invalid: expected a channel id such as C0123ABCD (not a #name)");
            return "";
        }
        return value;
    }

    private static ZoneId zone(Env env) {
        String value = env.string("OSSI_TIME_ZONE", DEFAULT_ZONE);
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            env.problem("OSSI_TIME_ZONE=" + value + " is invalid: expected a time zone such as " + DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    private static LocalTime time(Env env) {
        String value = env.string("OSSI_REPORT_TIME", DEFAULT_REPORT_TIME);
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            env.problem("OSSI_REPORT_TIME=" + value + " is invalid: expected HH:mm on a 24-hour clock, e.g. "
                    + DEFAULT_REPORT_TIME);
            return LocalTime.parse(DEFAULT_REPORT_TIME);
        }
    }
}
