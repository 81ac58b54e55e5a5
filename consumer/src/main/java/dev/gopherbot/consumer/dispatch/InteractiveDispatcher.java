package dev.gopherbot.consumer.dispatch;

import dev.gopherbot.app.handler.InteractionContext;
import dev.gopherbot.app.handler.InteractionPayload;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.app.handler.SlashRequest;
import dev.gopherbot.app.handler.SlashText;
import dev.gopherbot.app.registry.InteractiveRegistry.On;
import dev.gopherbot.app.registry.InteractiveRegistry;
import dev.gopherbot.app.slack.InteractiveResponder;
import dev.gopherbot.consumer.events.Event;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides which registered handler a slash command or an interaction calls. */
public final class InteractiveDispatcher {
    private final InteractiveRegistry registry;
    private final InteractiveResponder responder;
    private final Clock clock;

    public InteractiveDispatcher(InteractiveRegistry registry, InteractiveResponder responder, Clock clock) {
        this.registry = registry;
        this.responder = responder;
        this.clock = clock;
    }

    public List<HandlerCall> calls(Event.SlashInvoked event) {
        SlashRequest request = event.request();
        SlashContext ctx = new SlashContext(event.eventId(), request, responder, clock);
        Optional<InteractiveRegistry.SlashReg> reg = registry.slash(request.command(), request.subcommand());
        if (reg.isEmpty()) {
            // the gateway answers unknown subcommands itself; this is a gateway that knows more than this consumer
            return List.of(new HandlerCall("slash:unknown", () -> {
                ctx.respond(SlashText.unknownText(request.command(), request.subcommand(),
                        registry.commands().contains(request.command())));
                return Outcome.done();
            }));
        }
        return List.of(new HandlerCall(reg.get().handlerName(), () -> reg.get().handler().handle(ctx)));
    }

    public List<HandlerCall> calls(Event.Interacted event) {
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
