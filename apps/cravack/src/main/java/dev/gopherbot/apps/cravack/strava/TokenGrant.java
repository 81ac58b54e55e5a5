package dev.gopherbot.apps.cravack.strava;

import dev.gopherbot.common.config.Secret;
import java.time.Instant;

/**
 * Tokens from Strava's token endpoint. A refresh answers a new refresh token too (they rotate): both must be stored.
 *
 * @param athleteId   the athlete, on the code exchange; 0 on a refresh (Strava does not repeat it)
 * @param athleteName first name and last name, on the code exchange; empty on a refresh
 */
public record TokenGrant(Secret accessToken, Secret refreshToken, Instant expiresAt, long athleteId,
                         String athleteName) {
}
