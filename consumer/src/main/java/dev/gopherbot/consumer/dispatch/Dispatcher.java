package dev.gopherbot.consumer.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.handler.ChannelJoinContext;
import dev.gopherbot.app.handler.EventContext;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.TeamJoinContext;
import dev.gopherbot.app.handler.WebhookContext;
import dev.gopherbot.app.message.Message;
import dev.gopherbot.app.registry.Matching;
import dev.gopherbot.app.registry.Registration;
import dev.gopherbot.app.registry.Registry;
import dev.gopherbot.app.slack.Responder;
import dev.gopherbot.consumer.events.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which registered handlers an event calls. Addressed messages (DM or mention) are matched against commands
 * first (exact, then prefix); other messages only against the prefixes registered for any message; every message is
 * then matched against reactions, {@code contains} responses and custom matchers. All that match are called.
 */
public final class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final AppDefinition app;
    private final Registry registry;
    private final Responder responder;
    private final InteractiveDispatcher interactive;

    /** With slash commands and interactions, dispatched by {@code interactive}. */
    public Dispatcher(AppDefinition app, Responder responder, InteractiveDispatcher interactive) {
        this.app = app;
        this.registry = app.registry();
        this.responder = responder;
        this.interactive = interactive;
    }

    public List<HandlerCall> calls(Event event) {
        return switch (event) {
            case Event.MessagePosted m -> forMessage(m.eventId(), m.message());
            case Event.TeamJoined t -> concat(registry.teamJoins().stream().map(r -> new HandlerCall(r.handlerName(),
                    () -> r.handler().handle(new TeamJoinContext(t.userId(), t.userName(), responder)))).toList(),
                    forType(t.eventId(), t.eventTime(), "team_join", t.raw()));
            case Event.ChannelJoined c -> concat(registry.channelJoins().stream()
                    .filter(r -> r.channels().contains(c.channel()))
                    .map(r -> new HandlerCall(r.handlerName(),
                            () -> r.handler().handle(new ChannelJoinContext(c.userId(), c.channel(), responder))))
                    .toList(), forType(c.eventId(), c.eventTime(), "member_joined_channel", c.raw()));
            case Event.Other o -> forType(o.eventId(), o.eventTime(), o.type(), o.raw());
            case Event.WebhookDelivered w -> app.webhook(w.hook()).stream().map(h -> new HandlerCall(
                    h.handlerName(), () -> h.handler().handle(new WebhookContext(w.eventId(), w.eventTime(),
                            w.body())))).toList();
            case Event.SlashInvoked s -> interactive.calls(s);
            case Event.Interacted i -> interactive.calls(i);
            case Event.NotHandled n -> List.of();
        };
    }

    /** The handlers an app subscribed to {@code type} with {@code onEvent}. */
    private List<HandlerCall> forType(String eventId, long eventTime, String type, JsonNode raw) {
        EventContext ctx = new EventContext(eventId, eventTime, type, raw);
        return app.events().stream().filter(e -> e.type().equals(type))
                .map(e -> new HandlerCall(e.handlerName(), () -> e.handler().handle(ctx))).toList();
    }

    private static List<HandlerCall> concat(List<HandlerCall> a, List<HandlerCall> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<HandlerCall> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<HandlerCall> forMessage(String eventId, Message message) {
        MessageContext ctx = new MessageContext(message, responder);
        List<HandlerCall> calls = new ArrayList<>();
        if (message.addressedToBot()) {
            registry.command(message.text()).ifPresentOrElse(
                    c -> calls.add(new HandlerCall(c.handlerName(), () -> c.handler().handle(ctx))),
                    () -> registry.prefix(message.text()).ifPresent(p -> calls.add(prefixCall(ctx, p))));
        } else {
            registry.prefix(message.text()).filter(p -> p.registration().anyMessage())
                    .ifPresent(p -> calls.add(prefixCall(ctx, p)));
        }
        for (Registration.ResponseReg r : registry.responses()) {
            if (anyTrigger(message, r.triggers())) {
                calls.add(new HandlerCall(r.handlerName(), () -> {
                    ctx.say(r.post());
                    return Outcome.done();
                }));
            }
        }
        for (Registration.ReactionReg r : registry.reactions()) {
            if (anyTrigger(message, r.triggers()) && fires(r, eventId, message)) {
                calls.add(new HandlerCall(r.handlerName(), () -> {
                    ctx.react(r.emoji());
                    return Outcome.done();
                }));
            }
        }
        for (Registration.MatcherReg m : registry.matchers()) {
            if (matches(m, message)) {
                calls.add(new HandlerCall(m.handlerName(), () -> m.handler().handle(ctx)));
            }
        }
        return calls;
    }

    private static HandlerCall prefixCall(MessageContext ctx, Registry.PrefixMatch p) {
        return new HandlerCall(p.registration().handlerName(), () -> p.registration().handler().handle(ctx,
                p.argument()));
    }

    private static boolean anyTrigger(Message message, List<String> triggers) {
        for (String t : triggers) {
            if (Matching.containsTrigger(message.searchable(), Matching.normalize(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean fires(Registration.ReactionReg r, String eventId, Message message) {
        return switch (r.when()) {
            case ALWAYS -> true;
            case MENTIONED -> message.addressedToBot();
            case RANDOM -> roll(eventId, r.handlerName()) < r.chance();
        };
    }

    /** A number in [0, 1) fixed by the event and handler, so a redelivered event decides the same way. */
    static double roll(String eventId, String handlerName) {
        long bits = UUID.nameUUIDFromBytes((eventId + "\u0000" + handlerName).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static boolean matches(Registration.MatcherReg m, Message message) {
        try {
            return m.matches().test(message);
        } catch (RuntimeException e) {
            log.warn("matcher {} failed to decide: {}", m.handlerName(), e.toString());
            return false;
        }
    }
}
