package dev.gopherbot.apps.gopherbot.suggest;

import dev.gopherbot.glossary.Term;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A glossary entry a community member suggested, and what became of it.
 *
 * @param id          derived from the submission's trigger id, so a redelivered submission finds its own suggestion
 * @param card        the moderators' message with the buttons, once posted
 * @param decidedBy   the moderator who approved or declined it, once decided
 */
public record Suggestion(String id, Term term, String suggestedBy, Instant suggestedAt, Status status,
                         Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<Card> card) {

    /** Where the moderators' card was posted. */
    public record Card(String channel, String ts) {
    }

    public Suggestion {
        decidedBy = decidedBy == null ? Optional.empty() : decidedBy;
        decidedAt = decidedAt == null ? Optional.empty() : decidedAt;
        card = card == null ? Optional.empty() : card;
    }

    public static Suggestion pending(String id, Term term, String suggestedBy, Instant at) {
        return new Suggestion(id, term, suggestedBy, at, Status.PENDING, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The term and its aliases: every name a lookup resolves to this suggestion. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(term.term()), term.aliases().stream())
                .toList();
    }
}
