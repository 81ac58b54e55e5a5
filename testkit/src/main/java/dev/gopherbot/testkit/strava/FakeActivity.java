package dev.gopherbot.testkit.strava;

import java.time.Instant;

/**
 * An activity as the fake Strava holds it; {@link #json()} is the shape of Strava's {@code DetailedActivity}, with
 * the fields a Slack summary needs.
 *
 * @param sportType       Strava's {@code sport_type}, e.g. {@code Run}, {@code Ride}, {@code Hike}
 * @param distanceMeters  metres
 * @param movingSeconds   moving time, seconds
 * @param elevationMeters total elevation gain, metres
 * @param visibility      {@code everyone}, {@code followers_only} or {@code only_me} (private)
 */
public record FakeActivity(long id, long athleteId, String name, String sportType, double distanceMeters,
                           int movingSeconds, double elevationMeters, Instant startDate, String visibility) {

    public static FakeActivity run(long id, long athleteId, String name, double distanceMeters, int movingSeconds,
                                   double elevationMeters) {
        return new FakeActivity(id, athleteId, name, "Run", distanceMeters, movingSeconds, elevationMeters,
                Instant.now(), "everyone");
    }

    public FakeActivity named(String newName) {
        return new FakeActivity(id, athleteId, newName, sportType, distanceMeters, movingSeconds, elevationMeters,
                startDate, visibility);
    }

    public FakeActivity ofType(String newSportType) {
        return new FakeActivity(id, athleteId, name, newSportType, distanceMeters, movingSeconds, elevationMeters,
                startDate, visibility);
    }

    public FakeActivity withVisibility(String newVisibility) {
        return new FakeActivity(id, athleteId, name, sportType, distanceMeters, movingSeconds, elevationMeters,
                startDate, newVisibility);
    }

    public boolean isPrivate() {
        return "only_me".equals(visibility);
    }

    String json() {
        double speed = movingSeconds == 0 ? 0 : distanceMeters / movingSeconds;
        return "{\"id\":" + id + ",\"resource_state\":3,\"athlete\":{\"id\":" + athleteId + ",\"resource_state\":1},"
                + "\"name\":" + StravaJson.quote(name) + ",\"distance\":" + distanceMeters + ",\"moving_time\":"
                + movingSeconds + ",\"elapsed_time\":" + movingSeconds + ",\"total_elevation_gain\":"
                + elevationMeters + ",\"type\":" + StravaJson.quote(sportType) + ",\"sport_type\":"
                + StravaJson.quote(sportType) + ",\"start_date\":\"" + startDate + "\",\"average_speed\":" + speed
                + ",\"private\":" + isPrivate() + ",\"visibility\":\"" + visibility + "\"}";
    }
}
