package dev.gopherbot.apps.ossi.review;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.InteractionContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.ContributionStore;
import dev.gopherbot.apps.ossi.contribution.Notices;
import dev.gopherbot.apps.ossi.contribution.Status;
import dev.gopherbot.apps.ossi.slack.Managers;
import dev.gopherbot.common.slack.SlackCallFailed;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accept or Decline on a card: only managers may click; the first click decides (exactly once, however many click
 * or however often Slack redelivers); the card shows who decided, the submitter is told, and an accepted
 * contribution is announced in the public channel.
 */
public final class DecideFlow implements Feature {
    private static final Logger log = LoggerFactory.getLogger(DecideFlow.class);

    private final String publicChannel;
    private final ContributionStore store;
    private final Notices notices;
    private final Managers managers;
    private final Clock clock;

    /** @param publicChannel where accepted contributions are announced */
    public DecideFlow(String publicChannel, ContributionStore store, Notices notices, Managers managers,
                      Clock clock) {
        this.publicChannel = publicChannel;
        this.store = store;
        this.notices = notices;
        this.managers = managers;
        this.clock = clock;
    }

    @Override
    public void register(Registrar r) {
        r.onAction(ReviewViews.ACCEPT, "A manager accepts a contribution", ctx -> decide(ctx, Status.ACCEPTED));
        r.onAction(ReviewViews.DECLINE, "A manager declines a contribution", ctx -> decide(ctx, Status.DECLINED));
    }

    private Outcome decide(InteractionContext ctx, Status to) throws Exception {
        long id;
        try {
            id = Long.parseLong(ctx.action().value());
        } catch (NumberFormatException e) {
            return Outcome.discard("a decision button without a contribution id");
        }
        if (!managers.isManager(ctx.userId())) {
            ctx.respond("Only members of <#" + managers.channel() + "> can accept or decline contributions.");
            return Outcome.done();
        }
        switch (store.decide(id, to, ctx.userId(), clock.instant(), ctx.eventId())) {
            case ContributionStore.Decision.Decided d -> followUp(ctx, d.contribution());
            case ContributionStore.Decision.AlreadyDecided a -> ctx.respond(ReviewViews.alreadyDecided(
                    a.contribution()));
            case ContributionStore.Decision.Missing m -> ctx.respond("That contribution is no longer stored.");
        }
        return Outcome.done();
    }

    /** Everything a decision causes; a redelivery of the deciding click runs it again and repeats no message. */
    private void followUp(InteractionContext ctx, Contribution c) throws Exception {
        Contribution.Card card = c.card().orElseGet(() -> new Contribution.Card(ctx.payload().channelId(),
                ctx.payload().messageTs()));
        if (!card.ts().isEmpty()) {
            try {
                // replacing the card with the same content again is harmless, so it needs no notice
                ctx.slack().updateMessage(card.channel(), card.ts(), ReviewViews.decidedText(c),
                        ReviewViews.decidedCard(c));
            } catch (SlackCallFailed e) {
                if (e.kind() != SlackCallFailed.Kind.PERMANENT) {
                    throw e;
                }
                // e.g. someone deleted the card: the decision stands, and the submitter must still hear of it
                log.atWarn().addKeyValue("contribution", c.id()).addKeyValue("error", e.error())
                        .log("the decided card could not be updated");
            }
        }
        notices.once(c.id(), Notices.Kind.OUTCOME, () -> ctx.slack().dm(c.submitterId(),
                ReviewViews.outcome(c, publicChannel)));
        if (c.status() == Status.ACCEPTED) {
            notices.once(c.id(), Notices.Kind.ANNOUNCEMENT, () -> ctx.slack().post(publicChannel,
                    ReviewViews.announcement(c), null));
        }
    }
}
