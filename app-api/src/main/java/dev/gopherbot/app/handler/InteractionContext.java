package dev.gopherbot.app.handler;

import dev.gopherbot.app.slack.InteractiveResponder;
import dev.gopherbot.app.slack.Response;
import java.time.Clock;

/** A click, modal submission, closing or shortcut, and the ways to answer it. */
public final class InteractionContext {
    private final String eventId;
    private final InteractionPayload payload;
    private final InteractiveResponder responder;
    private final Clock clock;

    public InteractionContext(String eventId, InteractionPayload payload, InteractiveResponder responder, Clock clock) {
        this.eventId = eventId;
        this.payload = payload;
        this.responder = responder;
        this.clock = clock;
    }

    /** The entry's dedup key (the trigger id): stable across redeliveries of this interaction. */
    public String eventId() {
        return eventId;
    }

    public InteractionPayload payload() {
        return payload;
    }

    public String userId() {
        return payload.userId();
    }

    /** The button (or other element) acted on. */
    public InteractionPayload.Action action() {
        return payload.action();
    }

    /**
     * Answers through the interaction's {@code response_url} (clicks on a message carry one); a payload without one
     * (a modal submission) is answered by DM instead, so the user always hears back.
     */
    public void respond(Response response) {
        if (payload.responseUrl().isEmpty()) {
            responder.dm(payload.userId(), response.text());
        } else {
            responder.respond(payload.responseUrl(), response);
        }
    }

    public void respond(String text) {
        respond(Response.ephemeral(text));
    }

    /** Opens a modal from a button or shortcut; see {@link SlashContext#openModal}. */
    public ModalOutcome openModal(String viewJson, String whatToRepeat) {
        return ModalOpener.open(responder, clock, payload.triggerId(), payload.receivedAtMs(), viewJson,
                whatToRepeat, this::respond);
    }

    /** Web API calls beyond answering: {@code chat.update}, {@code views.update}, posts and DMs. */
    public InteractiveResponder slack() {
        return responder;
    }

    public Clock clock() {
        return clock;
    }
}
