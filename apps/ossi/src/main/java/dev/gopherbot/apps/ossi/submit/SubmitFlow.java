package dev.gopherbot.apps.ossi.submit;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.InteractionContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.ContributionStore;
import dev.gopherbot.apps.ossi.contribution.Months;
import dev.gopherbot.apps.ossi.contribution.Notices;
import dev.gopherbot.apps.ossi.review.ReviewViews;
import dev.gopherbot.apps.ossi.slack.People;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /ossi new}: a form opens; the gateway checks the submission while the form is open; an accepted one is
 * stored PENDING, the submitter gets a receipt by DM and the managers a card with Accept and Decline.
 */
public final class SubmitFlow implements Feature {
    private final String command;
    private final String managementChannel;
    private final ZoneId zone;
    private final ContributionStore store;
    private final Notices notices;
    private final People people;
    private final Clock clock;

    /**
     * @param managementChannel where the cards go
     * @param zone              where "this month" is reckoned
     */
    public SubmitFlow(String command, String managementChannel, ZoneId zone, ContributionStore store, Notices notices,
                      People people, Clock clock) {
        this.command = command;
        this.managementChannel = managementChannel;
        this.zone = zone;
        this.store = store;
        this.notices = notices;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void register(Registrar r) {
        r.slash(command, "new", "new [description]",
                "Registers an open-source contribution: a form opens (prefilled with the description)", this::open);
        r.submissionCheck(SubmissionForm.CALLBACK_ID, new ContributionCheck(clock, zone));
        r.onSubmission(SubmissionForm.CALLBACK_ID, "Stores a contribution as pending and asks the managers",
                this::submitted);
    }

    private Outcome open(SlashContext ctx) {
        // an expired trigger is explained to the user by openModal itself
        ctx.openModal(SubmitViews.modal(ctx.argument(), Months.current(clock, zone)));
        return Outcome.done();
    }

    private Outcome submitted(InteractionContext ctx) throws Exception {
        // the gateway checked it; only a month that turned in between (the 1st, around midnight) can differ
        SubmissionRules.Result checked = SubmissionRules.check(SubmissionForm.read(ctx.payload().view()),
                Months.current(clock, zone));
        if (checked.contribution().isEmpty()) {
            ctx.slack().dm(ctx.userId(), "I could not register your contribution: "
                    + String.join(" ", checked.errors().values()) + " Please try `" + command + " new` again.");
            return Outcome.done();
        }
        // keyed by the submission's trigger id: a redelivered submission finds the row the first one stored
        Contribution c = store.create(ctx.eventId(), ctx.userId(), people.nameOf(ctx.userId()),
                checked.contribution().get(), clock.instant());
        // the card first: the receipt promises a manager's check, which a card that cannot be posted would break
        AtomicReference<String> cardTs = new AtomicReference<>();
        notices.once(c.id(), Notices.Kind.CARD, () -> cardTs.set(ctx.slack().post(managementChannel,
                ReviewViews.cardText(c), ReviewViews.pendingCard(c))));
        if (cardTs.get() != null) {
            // outside the notice: failing to record the ts must not post a second card (a click carries the ts too)
            store.attachCard(c.id(), new Contribution.Card(managementChannel, cardTs.get()));
        }
        notices.once(c.id(), Notices.Kind.RECEIPT, () -> ctx.slack().dm(c.submitterId(), SubmitViews.receipt(c)));
        return Outcome.done();
    }
}
