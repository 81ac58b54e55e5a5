package dev.gopherbot.apps.timereport.confirm;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.InteractionContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.apps.timereport.command.InvalidInput;
import dev.gopherbot.apps.timereport.command.Summaries;
import dev.gopherbot.apps.timereport.reply.Replies;
import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The prompt's buttons, in the consumer. Confirm claims the prompt, replaces it with "Saving…" (so the buttons are
 * gone), delivers the change with the prompt's idempotency key, and replaces the note with the outcome; when the API
 * is down the worker retries, and after {@code MAX_DELIVERIES} the click waits in the dead letters for an operator's
 * requeue. Cancel claims the prompt too and replaces it; whichever click comes first decides.
 */
public final class ConfirmFlow implements Feature {
    private final PendingActions codec;
    private final Delivery delivery;
    private final Claims claims;

    public ConfirmFlow(PendingActions codec, Delivery delivery, RedisCommands<String, String> redis, Keys keys) {
        this.codec = codec;
        this.delivery = delivery;
        this.claims = new Claims(redis, keys);
    }

    @Override
    public void register(Registrar r) {
        r.onAction(Prompts.CONFIRM, "Sends a confirmed add, delete or lock to the time-report API", this::confirm);
        r.onAction(Prompts.CANCEL, "Withdraws a time-report change before it is sent", this::cancel);
    }

    private Outcome confirm(InteractionContext ctx) {
        PendingAction pending;
        try {
            pending = codec.decode(ctx.action().value());
        } catch (InvalidInput e) {
            answer(ctx, ":warning: " + e.getMessage());
            return Outcome.done();
        }
        if (!pending.user().equals(ctx.userId())) {
            ctx.respond("Only <@" + pending.user() + "> can confirm this.");
            return Outcome.done();
        }
        switch (claims.claim(pending.id(), "confirm:" + ctx.eventId())) {
            case TAKEN -> {
                return Outcome.done(); // the click that came first answers in the prompt's place
            }
            case FIRST -> Replies.note(ctx::respond, Response.ephemeral(":hourglass_flowing_sand: Saving: "
                    + Summaries.phrase(pending.action()) + "…").replacingOriginal());
            case AGAIN -> {
                // a redelivery of this click: the note is there already
            }
        }
        return switch (delivery.deliver(pending)) {
            case Delivery.Result.Done done -> {
                answer(ctx, done.text());
                yield Outcome.done();
            }
            case Delivery.Result.Refused refused -> {
                answer(ctx, refused.text());
                yield refused.problem().map(Outcome::discard).orElse(Outcome.done());
            }
            case Delivery.Result.Unavailable unavailable -> Outcome.retry(unavailable.reason());
        };
    }

    private Outcome cancel(InteractionContext ctx) {
        String what;
        try {
            PendingAction pending = codec.decode(ctx.action().value());
            if (!pending.user().equals(ctx.userId())) {
                ctx.respond("Only <@" + pending.user() + "> can cancel this.");
                return Outcome.done();
            }
            if (claims.claim(pending.id(), "cancel:" + ctx.eventId()) == Claims.Claim.TAKEN) {
                return Outcome.done(); // confirmed already (or cancelled by an earlier click): that answer stands
            }
            what = ": " + Summaries.phrase(pending.action());
        } catch (InvalidInput e) {
            what = ""; // an unreadable prompt can still be withdrawn
        }
        answer(ctx, ":no_entry_sign: Cancelled" + what + ".");
        return Outcome.done();
    }

    /** Replaces the prompt (or the "Saving…" note); by DM when its response URL has expired. */
    private static void answer(InteractionContext ctx, String text) {
        Replies.respondOrDm(ctx::respond, ctx.slack(), ctx.userId(), Response.ephemeral(text).replacingOriginal());
    }
}
