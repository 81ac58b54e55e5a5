package dev.gopherbot.consumer.slash;

import dev.gopherbot.consumer.interactions.Interactive;
import dev.gopherbot.consumer.interactions.InteractiveDispatcher;
import dev.gopherbot.consumer.interactions.InteractiveRegistry;
import dev.gopherbot.consumer.interactions.InteractiveResponder;
import dev.gopherbot.consumer.slack.SlackCalls;
import dev.gopherbot.consumer.suggest.Definitions;
import dev.gopherbot.consumer.suggest.SuggestFlow;
import dev.gopherbot.consumer.suggest.SuggestSettings;
import dev.gopherbot.consumer.suggest.SuggestionStore;
import dev.gopherbot.glossary.Glossary;
import java.time.Clock;
import java.util.List;

/**
 * Every feature reached through {@code /gopher}, buttons and modals, one line each. To add a subcommand: a class
 * implementing {@link Interactive}, a line here, its name in {@code common}'s {@code SlashCatalog}, and a test
 * through the gateway (see docs/interactivity.md).
 */
public final class Interactives {
    private Interactives() {
    }

    /** What the features may use. */
    public record Tools(InteractiveRegistry registry, Glossary glossary, Definitions definitions,
                        SuggestionStore store, SuggestSettings suggest, Clock clock) {
    }

    public static List<Interactive> all(Tools tools) {
        return List.of(
                new SlashHelp(tools.registry()),
                new SlashDefine(tools.definitions()),
                new SuggestFlow(tools.suggest(), tools.glossary(), tools.store(), tools.clock()));
    }

    /**
     * Registers every feature and returns the dispatcher the worker uses.
     *
     * @throws IllegalStateException or IllegalArgumentException naming a broken registration
     */
    public static InteractiveDispatcher start(SuggestSettings suggest, Definitions definitions,
                                              SuggestionStore store, SlackCalls slack, Clock clock) {
        InteractiveRegistry registry = new InteractiveRegistry();
        Tools tools = new Tools(registry, definitions.glossary(), definitions, store, suggest, clock);
        all(tools).forEach(registry::add);
        registry.freeze();
        return new InteractiveDispatcher(registry, new InteractiveResponder(slack), clock);
    }
}
