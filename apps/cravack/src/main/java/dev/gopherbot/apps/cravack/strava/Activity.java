package dev.gopherbot.apps.cravack.strava;

/**
 * The fields of Strava's {@code DetailedActivity} a summary shows.
 *
 * @param sportType       {@code sport_type} (e.g. {@code TrailRun}), else the older {@code type}
 * @param distanceMeters  {@code distance}
 * @param movingSeconds   {@code moving_time}
 * @param elevationMeters {@code total_elevation_gain}
 * @param isPrivate       visible only to the athlete ({@code private}, or {@code visibility} {@code only_me})
 */
public record Activity(long id, long athleteId, String name, String sportType, double distanceMeters,
                       long movingSeconds, double elevationMeters, boolean isPrivate) {
}
