package dev.gopherbot.consumer.interactions;

import dev.gopherbot.common.interactive.SlashCatalog;
import dev.gopherbot.consumer.dispatch.HandlerCall;
import dev.gopherbot.consumer.interactions.InteractiveRegistry.On;
import dev.gopherbot.consumer.message.Event;
import dev.gopherbot.consumer.registry.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides which registered handler a slash command or an interaction calls. */
public final class InteractiveDispatcher {
    /** For a consumer without interactive features (tests of other parts): nothing is called. */
    public static final InteractiveDispatcher NONE = new InteractiveDispatcher(null, null, Clock.systemUTC());

    private final InteractiveRegistry registry;
    private final InteractiveResponder responder;
    private final Clock clock;

    public InteractiveDispatcher(InteractiveRegistry registry, InteractiveResponder responder, Clock clock) {
        this.registry = registry;
        this.responder = responder;
        this.clock = clock;
    }

    public List<HandlerCall> calls(Event.SlashInvoked event) {
        if (registry == null) {
            return List.of();
        }
        SlashRequest request = event.request();
        SlashContext ctx = new SlashContext(event.eventId(), request, responder, clock);
        Optional<InteractiveRegistry.SlashReg> reg = request.command().equals(SlashCatalog.COMMAND)
                ? registry.slash(request.subcommand()) : Optional.empty();
        if (reg.isEmpty()) {
            // the gateway answers unknown subcommands itself; this is a gateway with a newer catalog than ours
            return List.of(new HandlerCall("slash:unknown", () -> {
                ctx.respond(SlashCatalog.unknownText(request.command(), request.subcommand()));
                return Outcome.done();
            }));
        }
        return List.of(new HandlerCall(reg.get().handlerName(), () -> reg.get().handler().handle(ctx)));
    }

    public List<HandlerCall> calls(Event.Interacted event) {
        if (registry == null) {
            return List.of();
        }
        InteractionPayload p = event.payload();
        InteractionContext ctx = new InteractionContext(event.eventId(), p, responder, clock);
        List<InteractiveRegistry.InteractionReg> regs = new ArrayList<>();
        switch (p.type()) {
            case InteractionPayload.BLOCK_ACTIONS -> p.actions().forEach(a ->
                    registry.interaction(On.ACTION, a.actionId()).ifPresent(regs::add));
            case InteractionPayload.VIEW_SUBMISSION ->
                    registry.interaction(On.SUBMISSION, p.callbackId()).ifPresent(regs::add);
            case InteractionPayload.VIEW_CLOSED -> registry.interaction(On.CLOSED, p.callbackId()).ifPresent(regs::add);
            case InteractionPayload.SHORTCUT, InteractionPayload.MESSAGE_ACTION ->
                    registry.interaction(On.SHORTCUT, p.callbackId()).ifPresent(regs::add);
            default -> {
                // a payload type the gateway does not route; nothing to call
            }
        }
        return regs.stream().distinct().map(r -> new HandlerCall(r.handlerName(), () -> r.handler().handle(ctx)))
                .toList();
    }
}
