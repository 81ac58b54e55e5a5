package dev.gopherbot.apps.gopherbot.suggest;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.InteractionContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.Term;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * "Suggest a glossary term", the shape of ossi-bot's workflow: {@code /gopher suggest} opens a form; the gateway
 * checks the submission against the glossary's rules while the form is open; an accepted one is stored PENDING and
 * posted to the moderators' channel with Approve and Decline; the first click decides (exactly once), updates the
 * card and tells the suggester by DM. Approved terms answer {@code define} at once ({@link Definitions}) until a
 * maintainer moves them into glossary.yaml ({@code glossary-suggestions}).
 */
public final class SuggestFlow implements Feature {
    private final SuggestSettings settings;
    private final Glossary glossary;
    private final SuggestionStore store;
    private final Clock clock;

    private final String command;

    /** @param command the app's slash command, e.g. {@code /gopher} */
    public SuggestFlow(SuggestSettings settings, Glossary glossary, SuggestionStore store, Clock clock,
                       String command) {
        this.command = command;
        this.settings = settings;
        this.glossary = glossary;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void register(Registrar r) {
        r.slash(command, "suggest", "suggest [term]",
                "Suggests a new glossary term: a form opens, and moderators review it",
                this::open);
        r.submissionCheck(SuggestForm.CALLBACK_ID, new SuggestionCheck(glossary));
        r.onSubmission(SuggestForm.CALLBACK_ID, "Stores a suggested term and asks the moderators", this::submitted);
        r.onAction(SuggestViews.APPROVE, "A moderator approves a suggested term", ctx -> decide(ctx, Status.APPROVED));
        r.onAction(SuggestViews.DECLINE, "A moderator declines a suggested term", ctx -> decide(ctx, Status.DECLINED));
    }

    private Outcome open(SlashContext ctx) {
        if (settings.moderatorsChannel().isEmpty()) {
            ctx.respond(notEnabled());
            return Outcome.done();
        }
        ctx.openModal(SuggestViews.modal(ctx.argument())); // an expired trigger is explained to the user there
        return Outcome.done();
    }

    private Outcome submitted(InteractionContext ctx) {
        Optional<String> moderators = settings.moderatorsChannel();
        if (moderators.isEmpty()) {
            ctx.respond(notEnabled());
            return Outcome.done();
        }
        SuggestForm.Fields fields = SuggestForm.read(ctx.payload().view());
        Term term = new Term(fields.term(), fields.aliases(), fields.definition(), fields.links());
        // the gateway checked these while the form was open; only a glossary deployed in between can differ
        List<String> problems = glossary.problemsFor(term);
        if (!problems.isEmpty()) {
            ctx.respond("I could not accept your suggestion `" + Markup.escape(term.term()) + "`: "
                    + Markup.escape(String.join("; ", problems)));
            return Outcome.done();
        }
        String id = idFor(ctx.eventId());
        if (store.create(Suggestion.pending(id, term, ctx.userId(), clock.instant()))
                instanceof SuggestionStore.Created.NameTaken taken) {
            ctx.respond(takenText(taken));
            return Outcome.done();
        }
        Suggestion s = store.get(id).orElseThrow(() -> new IllegalStateException("suggestion " + id + " vanished"));
        if (s.card().isEmpty()) {
            // a redelivery after the card was posted must not post a second one
            String ts = ctx.slack().post(moderators.get(), SuggestViews.cardText(s), SuggestViews.pendingCard(s));
            store.attachCard(id, new Suggestion.Card(moderators.get(), ts));
        }
        ctx.respond(SuggestViews.thanks(term));
        return Outcome.done();
    }

    private Outcome decide(InteractionContext ctx, Status to) {
        Optional<String> moderators = settings.moderatorsChannel();
        if (moderators.isEmpty()) {
            ctx.respond(notEnabled());
            return Outcome.done();
        }
        if (!ctx.payload().channelId().equals(moderators.get())) {
            ctx.respond("Suggestions are decided in <#" + moderators.get() + ">.");
            return Outcome.done();
        }
        String id = ctx.action().value();
        switch (store.decide(id, to, ctx.userId(), clock.instant(), ctx.eventId())) {
            case SuggestionStore.Decision.Decided d -> {
                Suggestion s = d.suggestion();
                Suggestion.Card card = ctx.payload().messageTs().isEmpty() ? s.card().orElse(null)
                        : new Suggestion.Card(ctx.payload().channelId(), ctx.payload().messageTs());
                if (card != null) {
                    ctx.slack().updateMessage(card.channel(), card.ts(), SuggestViews.decidedText(s),
                            SuggestViews.decidedCard(s));
                }
                ctx.slack().dm(s.suggestedBy(), SuggestViews.outcome(s));
            }
            case SuggestionStore.Decision.AlreadyDecided a -> ctx.respond("Already decided: "
                    + SuggestViews.decision(a.suggestion()) + ".");
            case SuggestionStore.Decision.Missing m -> ctx.respond("That suggestion is no longer stored.");
        }
        return Outcome.done();
    }

    /** A suggestion's id from the submission's trigger id: a redelivered submission finds the same suggestion. */
    static String idFor(String eventId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            return "S" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String takenText(SuggestionStore.Created.NameTaken taken) {
        String name = "`" + Markup.escape(taken.name()) + "`";
        return taken.other().map(o -> o.status() == Status.APPROVED
                ? name + " is already a community-approved term (suggested by <@" + o.suggestedBy() + ">)."
                : name + " was already suggested by <@" + o.suggestedBy() + "> and is waiting for a moderator.")
                .orElse(name + " was just suggested by someone else.");
    }

    private static String notEnabled() {
        return "Glossary suggestions are not enabled here yet (the bot has no MODERATORS_CHANNEL). "
                + "You can add a term by pull request: " + Definitions.HOW_TO_ADD;
    }
}
