package dev.gopherbot.apps.cravack.strava;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * One webhook event as Strava posts it: {@code {"object_type":"activity","object_id":…,"aspect_type":"create",
 * "owner_id":…,"event_time":…,"subscription_id":…,"updates":{…}}}.
 *
 * @param objectType {@code activity} or {@code athlete}
 * @param objectId   the activity's id, or the athlete's for athlete events
 * @param aspect     {@code create}, {@code update} or {@code delete}
 * @param ownerId    the athlete
 * @param eventTime  epoch seconds
 * @param authorized for an athlete event, {@code updates.authorized}: {@code "false"} when the athlete revoked the
 *                   app; else empty
 */
public record StravaEvent(String objectType, long objectId, String aspect, long ownerId, long eventTime,
                          String authorized) {
    public static final String ACTIVITY = "activity";
    public static final String ATHLETE = "athlete";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OBJECT_TYPES = Set.of(ACTIVITY, ATHLETE);
    private static final Set<String> ASPECTS = Set.of("create", "update", "delete");

    /** The event, or empty when the body is not one (the reason is the caller's to log). */
    public static Optional<StravaEvent> parse(byte[] body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (n == null || !n.isObject() || !OBJECT_TYPES.contains(n.path("object_type").asText())
                || !ASPECTS.contains(n.path("aspect_type").asText()) || !n.path("object_id").canConvertToLong()
                || !n.path("owner_id").canConvertToLong() || !n.path("event_time").canConvertToLong()
                || n.path("object_id").asLong() <= 0 || n.path("owner_id").asLong() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new StravaEvent(n.path("object_type").asText(), n.path("object_id").asLong(),
                n.path("aspect_type").asText(), n.path("owner_id").asLong(), n.path("event_time").asLong(),
                n.path("updates").path("authorized").asText("")));
    }

    /** Strava redelivers an event it thinks was not received; these fields name one event. */
    public String dedupKey() {
        return objectType + ":" + objectId + ":" + aspect + ":" + eventTime;
    }

    /** The athlete revoked the app in Strava's settings. */
    public boolean isDeauthorization() {
        return ATHLETE.equals(objectType) && "false".equals(authorized);
    }

    public boolean isActivity() {
        return ACTIVITY.equals(objectType);
    }
}
