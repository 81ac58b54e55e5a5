package dev.gopherbot.apps.ossi.contribution;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One stored contribution.
 *
 * @param submitterName the submitter's name as Slack had it when they submitted
 * @param decidedBy     the manager who accepted or declined it; empty while pending
 * @param card          where the managers' card is, once posted
 */
public record Contribution(long id, String submitterId, String submitterName, String description, String url,
                           Size size, YearMonth month, Status status, Instant createdAt, Optional<String> decidedBy,
                           Optional<Instant> decidedAt, Optional<Card> card) {

    /** A message the bot posted: its channel and ts, enough for {@code chat.update}. */
    public record Card(String channel, String ts) {
    }
}
