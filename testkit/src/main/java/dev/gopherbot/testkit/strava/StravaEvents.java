package dev.gopherbot.testkit.strava;

import java.time.Instant;
import java.util.Map;

/** Webhook event bodies in Strava's shape ({@code object_type}, {@code object_id}, {@code aspect_type}, …). */
public final class StravaEvents {
    /** The subscription id the fake's events carry. */
    public static final long SUBSCRIPTION_ID = 1;

    private StravaEvents() {
    }

    /** An activity event: {@code aspect} is {@code create}, {@code update} or {@code delete}. */
    public static String activity(long activityId, long athleteId, String aspect, Map<String, String> updates) {
        return event("activity", activityId, aspect, athleteId, updates, Instant.now().getEpochSecond());
    }

    /** The athlete revoked the app: {@code updates.authorized} is {@code "false"}. */
    public static String deauthorization(long athleteId) {
        return event("athlete", athleteId, "update", athleteId, Map.of("authorized", "false"),
                Instant.now().getEpochSecond());
    }

    public static String event(String objectType, long objectId, String aspect, long ownerId,
                               Map<String, String> updates, long eventTime) {
        StringBuilder u = new StringBuilder("{");
        updates.forEach((k, v) -> u.append(u.length() > 1 ? "," : "").append(StravaJson.quote(k)).append(':')
                .append(StravaJson.quote(v)));
        u.append('}');
        return "{\"aspect_type\":" + StravaJson.quote(aspect) + ",\"event_time\":" + eventTime
                + ",\"object_id\":" + objectId + ",\"object_type\":" + StravaJson.quote(objectType)
                + ",\"owner_id\":" + ownerId + ",\"subscription_id\":" + SUBSCRIPTION_ID + ",\"updates\":" + u
                + "}";
    }
}
