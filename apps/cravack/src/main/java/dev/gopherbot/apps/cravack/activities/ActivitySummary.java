package dev.gopherbot.apps.cravack.activities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.apps.cravack.config.Units;
import dev.gopherbot.apps.cravack.strava.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Slack message for one activity: who, what (type and name, linked to Strava), distance, moving time, pace (for
 * sports on foot) or speed, and elevation gain, in the configured units. Blocks for the channel, and a plain text for
 * notifications and clients without blocks.
 *
 * @param text   the notification text
 * @param blocks the Block Kit blocks, as JSON
 */
public record ActivitySummary(String text, String blocks) {
    static final String STRAVA_ACTIVITY = "https://www.strava.com/activities/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sports whose athletes think in pace (time per distance) rather than speed. */
    private static final Set<String> PACED = Set.of("Run", "TrailRun", "VirtualRun", "Walk", "Hike", "Snowshoe");
    private static final double METERS_PER_MILE = 1609.344;
    private static final double FEET_PER_METER = 3.28084;

    public static ActivitySummary of(Activity a, String slackUserId, Units units) {
        String sport = sport(a.sportType());
        String link = "<" + STRAVA_ACTIVITY + a.id() + "|" + Markup.escape(a.name().isBlank() ? sport : a.name())
                + ">";
        List<String[]> facts = new ArrayList<>();
        if (a.distanceMeters() > 0) {
            facts.add(new String[] {"Distance", distance(a.distanceMeters(), units)});
        }
        facts.add(new String[] {"Moving time", duration(a.movingSeconds())});
        if (a.distanceMeters() > 0 && a.movingSeconds() > 0) {
            facts.add(PACED.contains(a.sportType())
                    ? new String[] {"Pace", pace(a.movingSeconds(), a.distanceMeters(), units)}
                    : new String[] {"Speed", speed(a.distanceMeters(), a.movingSeconds(), units)});
        }
        if (a.elevationMeters() > 0) {
            facts.add(new String[] {"Elevation", elevation(a.elevationMeters(), units)});
        }
        ArrayNode blocks = JSON.createArrayNode();
        section(blocks).putObject("text").put("type", "mrkdwn")
                .put("text", "<@" + slackUserId + "> · *" + sport + "*\n*" + link + "*");
        ArrayNode fields = section(blocks).putArray("fields");
        facts.forEach(f -> fields.addObject().put("type", "mrkdwn").put("text", "*" + f[0] + "*\n" + f[1]));
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", "<" + STRAVA_ACTIVITY + a.id() + "|View on Strava>");
        String text = sport + ": " + Markup.escape(a.name()) + " — " + String.join(" · ",
                facts.stream().map(f -> f[1]).toList());
        return new ActivitySummary(text, blocks.toString());
    }

    private static ObjectNode section(ArrayNode blocks) {
        return blocks.addObject().put("type", "section");
    }

    /** {@code TrailRun} → {@code Trail Run}. */
    static String sport(String type) {
        return type.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }

    static String distance(double meters, Units units) {
        return units == Units.METRIC ? String.format(Locale.ROOT, "%.2f km", meters / 1000)
                : String.format(Locale.ROOT, "%.2f mi", meters / METERS_PER_MILE);
    }

    /** {@code 50:12}, or {@code 1:05:09} from an hour. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    static String pace(long seconds, double meters, Units units) {
        double perUnit = seconds / (units == Units.METRIC ? meters / 1000 : meters / METERS_PER_MILE);
        long rounded = Math.round(perUnit);
        return String.format(Locale.ROOT, "%d:%02d /%s", rounded / 60, rounded % 60,
                units == Units.METRIC ? "km" : "mi");
    }

    static String speed(double meters, long seconds, Units units) {
        double perHour = meters / seconds * 3600;
        return units == Units.METRIC ? String.format(Locale.ROOT, "%.1f km/h", perHour / 1000)
                : String.format(Locale.ROOT, "%.1f mph", perHour / METERS_PER_MILE);
    }

    static String elevation(double meters, Units units) {
        return units == Units.METRIC ? String.format(Locale.ROOT, "%d m", Math.round(meters))
                : String.format(Locale.ROOT, "%d ft", Math.round(meters * FEET_PER_METER));
    }
}
