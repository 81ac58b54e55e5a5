package dev.gopherbot.app.handler;

import dev.gopherbot.app.slack.InteractiveResponder;
import dev.gopherbot.app.slack.Response;
import java.time.Clock;

/** A slash command and the ways to answer it: through its {@code response_url}, or by opening a modal. */
public final class SlashContext {
    private final String eventId;
    private final SlashRequest request;
    private final InteractiveResponder responder;
    private final Clock clock;

    public SlashContext(String eventId, SlashRequest request, InteractiveResponder responder, Clock clock) {
        this.eventId = eventId;
        this.request = request;
        this.responder = responder;
        this.clock = clock;
    }

    /** The entry's dedup key (the trigger id): stable across redeliveries of this command. */
    public String eventId() {
        return eventId;
    }

    public SlashRequest request() {
        return request;
    }

    /** The text after the subcommand, e.g. {@code goroutine} for {@code /gopher define goroutine}. */
    public String argument() {
        return request.argument();
    }

    public String userId() {
        return request.userId();
    }

    /** Answers only the user who typed the command. */
    public void respond(String text) {
        respond(Response.ephemeral(text));
    }

    public void respond(Response response) {
        responder.respond(request.responseUrl(), response);
    }

    /**
     * Opens a modal for the user. If the command waited too long for it ({@link Triggers}), the user is told through
     * the response URL to run the command again, and {@code TRIGGER_EXPIRED} is returned: the handler is done.
     */
    public ModalOutcome openModal(String viewJson) {
        String again = "`" + request.command() + " " + request.subcommand() + "`";
        return ModalOpener.open(responder, clock, request.triggerId(), request.receivedAtMs(), viewJson, again,
                this::respond);
    }

    public InteractiveResponder slack() {
        return responder;
    }
}
